import Box from '@mui/material/Box';
import { TEST_MODE_BACKGROUND } from './test-mode-colors';

/** A frame in the test colour round the whole window: visible whatever part of a page is scrolled to. */
export function TestModeFrame() {
  return (
    <Box
      aria-hidden
      data-testmode-frame=""
      sx={{
        position: 'fixed',
        inset: 0,
        border: `6px solid ${TEST_MODE_BACKGROUND}`,
        pointerEvents: 'none',
        zIndex: (theme) => theme.zIndex.tooltip + 1,
      }}
    />
  );
}
