import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { clearSessionExpired, useExpiredSessionLogin } from '../model/session-expiry';
import { SignInForm } from './sign-in-form';

/**
 * Covers the page when its session has expired: the page underneath, and any dialog on it with
 * what was typed, stays as it was. The same user signing in again carries on where they were;
 * someone else starts from their own first page.
 */
export function SessionExpiredDialog() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const login = useExpiredSessionLogin();
  return (
    <Dialog open={login !== null} aria-labelledby="session-expired-title">
      <DialogTitle id="session-expired-title">{t('access.expired.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('access.expired.text')}</DialogContentText>
        {login !== null && (
          <SignInForm
            initialLogin={login}
            keepPageOf={login}
            onSignedIn={(session) => {
              clearSessionExpired();
              if (session.user.login !== login || session.user.pending !== null) void navigate('/', { replace: true });
            }}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}
