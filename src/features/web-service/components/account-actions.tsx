import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebServiceAccount } from '@/api/web-service-accounts';
import { addWebServiceMessages } from '@/lib/i18n/web-service-messages';
import { useRotatePassword, useSetAccountDisabled } from '../api/web-service-queries';
import { AccountError } from './account-error';
import { PasswordOnce } from './password-once';

addWebServiceMessages();

type Action = 'disable' | 'enable' | 'rotate';

interface ActionDialogProps {
  profileId: string;
  login: string;
  action: Action;
  onClose: () => void;
}

/** One change to an account, confirmed first; a rotation then shows the new password once. */
function AccountActionDialog({ profileId, login, action, onClose }: ActionDialogProps) {
  const { t } = useTranslation('webService');
  const titleId = useId();
  const setDisabled = useSetAccountDisabled(profileId);
  const rotate = useRotatePassword(profileId);
  const mutation = action === 'rotate' ? rotate : setDisabled;
  const confirm = () => {
    if (action === 'rotate') rotate.mutate(login);
    else setDisabled.mutate({ login, disabled: action === 'disable' }, { onSuccess: onClose });
  };

  if (rotate.data) {
    return (
      <Dialog open aria-labelledby={titleId} fullWidth maxWidth="sm">
        <PasswordOnce titleId={titleId} login={login} password={rotate.data.password} onClose={onClose} />
      </Dialog>
    );
  }
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <DialogTitle id={titleId}>{t(`${action}Title`, { login })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{t(`${action}Text`)}</DialogContentText>
          <AccountError error={mutation.error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('cancel')}</Button>
        <Button
          variant="contained"
          color={action === 'enable' ? 'primary' : 'error'}
          disabled={mutation.isPending}
          onClick={confirm}
        >
          {t(`${action}`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** The row's buttons: enable or disable, and a new password. */
export function AccountActions({ profileId, account }: { profileId: string; account: WebServiceAccount }) {
  const { t } = useTranslation('webService');
  const [action, setAction] = useState<Action | null>(null);
  const toggle: Action = account.state === 'active' ? 'disable' : 'enable';
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <Button size="small" aria-label={t(`${toggle}Of`, { login: account.login })} onClick={() => setAction(toggle)}>
        {t(`${toggle}`)}
      </Button>
      <Button size="small" aria-label={t('rotateOf', { login: account.login })} onClick={() => setAction('rotate')}>
        {t('rotate')}
      </Button>
      {action && (
        <AccountActionDialog
          profileId={profileId}
          login={account.login}
          action={action}
          onClose={() => setAction(null)}
        />
      )}
    </Stack>
  );
}
