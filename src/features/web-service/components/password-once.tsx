import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '@/components/copy-button';
import { addWebServiceMessages } from '@/lib/i18n/web-service-messages';

addWebServiceMessages();

interface PasswordOnceProps {
  /** The id the dialog is labelled by. */
  titleId: string;
  login: string;
  password: string;
  onClose: () => void;
}

/**
 * A dialog's content for a generated password, the one time the gateway answers it: in a
 * monospace box that is easy to select, with a copy button, the warning that it will not be
 * shown again, and only an explicit button to close.
 */
export function PasswordOnce({ titleId, login, password, onClose }: PasswordOnceProps) {
  const { t } = useTranslation('webService');
  const labelId = useId();
  return (
    <>
      <DialogTitle id={titleId}>{t('passwordTitle', { login })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Alert severity="warning">{t('passwordOnce')}</Alert>
          <Box>
            <Typography id={labelId} variant="body2" color="text.secondary">
              {t('passwordLabel')}
            </Typography>
            <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap' }}>
              <Box
                component="output"
                aria-labelledby={labelId}
                sx={{ fontFamily: 'monospace', fontSize: '1.125rem', wordBreak: 'break-all', userSelect: 'all' }}
              >
                {password}
              </Box>
              <CopyButton value={password} label={t('passwordWhat')} />
            </Box>
          </Box>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          {t('done')}
        </Button>
      </DialogActions>
    </>
  );
}
