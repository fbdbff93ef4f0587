import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '@/components/copy-button';

/**
 * A generated password, the one time the gateway answers it: in a monospace box that is easy to
 * select, with a copy button and the warning that it will not be shown again.
 */
export function PasswordOnce({ password }: { password: string }) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <>
      <Alert severity="warning">{t('webService.passwordOnce')}</Alert>
      <Box>
        <Typography id={labelId} variant="body2" color="text.secondary">
          {t('webService.passwordLabel')}
        </Typography>
        <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap' }}>
          <Box
            component="output"
            aria-labelledby={labelId}
            sx={{ fontFamily: 'monospace', fontSize: '1.125rem', wordBreak: 'break-all', userSelect: 'all' }}
          >
            {password}
          </Box>
          <CopyButton value={password} label={t('webService.passwordWhat')} />
        </Box>
      </Box>
    </>
  );
}
