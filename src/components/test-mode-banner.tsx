import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { TEST_MODE_BACKGROUND, TEST_MODE_TEXT } from './test-mode-colors';

/** Shown on every page of a test profile: test data must never pass for live data. */
export function TestModeBanner({ merchantId }: { merchantId: string }) {
  const { t } = useTranslation();
  return (
    <Box
      role="note"
      data-testmode-banner=""
      sx={{
        bgcolor: TEST_MODE_BACKGROUND,
        color: TEST_MODE_TEXT,
        px: 3,
        py: 1,
        fontWeight: 700,
        textAlign: 'center',
        borderBottom: '3px solid',
        borderColor: TEST_MODE_TEXT,
      }}
    >
      {t('shell.testBanner', { merchantId })}
    </Box>
  );
}
