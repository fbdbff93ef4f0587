import Chip from '@mui/material/Chip';
import { TEST_MODE_BACKGROUND, TEST_MODE_TEXT } from './test-mode-colors';

/** The «ТЕСТ» mark next to test profiles and test orders. */
export function TestModeChip({ label, title }: { label: string; title?: string }) {
  return (
    <Chip
      size="small"
      label={label}
      title={title}
      sx={{ bgcolor: TEST_MODE_BACKGROUND, color: TEST_MODE_TEXT, fontWeight: 700, borderRadius: 1 }}
    />
  );
}
