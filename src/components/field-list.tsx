import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

export interface Field {
  label: string;
  value: ReactNode;
}

/** Label–value pairs as a description list; `false` entries are left out. */
export function FieldList({ fields }: { fields: ReadonlyArray<Field | false> }) {
  const shown = fields.filter((field): field is Field => field !== false);
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'minmax(10rem, max-content) 1fr' },
        columnGap: 3,
        rowGap: { xs: 0.25, sm: 1 },
        m: 0,
        '& dt': { color: 'text.secondary' },
        '& dd': { m: 0, mb: { xs: 1, sm: 0 }, overflowWrap: 'anywhere' },
      }}
    >
      {shown.map((field) => (
        <Box key={field.label} sx={{ display: 'contents' }}>
          <dt>{field.label}</dt>
          <dd>{field.value}</dd>
        </Box>
      ))}
    </Box>
  );
}
