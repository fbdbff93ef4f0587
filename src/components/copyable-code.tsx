import Box from '@mui/material/Box';
import { CopyButton } from './copy-button';

/** A value to be typed into another system (a Merchant_ID, a URL, a key), shown as code with a copy button. */
export function CopyableCode({ value, label }: { value: string; label: string }) {
  return (
    <>
      <Box component="code" sx={{ wordBreak: 'break-all' }}>
        {value}
      </Box>
      <CopyButton value={value} label={label} />
    </>
  );
}
