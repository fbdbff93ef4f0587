import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

/** A titled part of a page: a region named by its own heading. */
export function SectionCard({ title, children, level = 2 }: { title: string; children: ReactNode; level?: 2 | 3 }) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography
        id={headingId}
        component={`h${level}`}
        variant={level === 2 ? 'h6' : 'subtitle1'}
        sx={{ mb: 2, fontWeight: 600 }}
      >
        {title}
      </Typography>
      {children}
    </Paper>
  );
}
