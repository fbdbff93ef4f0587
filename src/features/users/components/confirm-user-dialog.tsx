import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { addUsersMessages } from '@/lib/i18n/users-messages';
import { UserError } from './user-error';

addUsersMessages();

interface ConfirmUserDialogProps {
  title: string;
  text: string;
  action: string;
  /** Irreversible actions ask for this text (the login) to be typed. */
  typed?: string;
  /** Extra fields, e.g. the temporary password of a reset. */
  children?: ReactNode;
  ready?: boolean;
  pending: boolean;
  error: Error | null;
  onConfirm: () => void;
  onClose: () => void;
}

/** One user action, confirmed; the dangerous ones only once the login is typed. */
export function ConfirmUserDialog(props: ConfirmUserDialogProps) {
  const { t } = useTranslation('users');
  const titleId = useId();
  const [typed, setTyped] = useState('');
  const typedOk = props.typed === undefined || typed === props.typed;
  return (
    <Dialog open onClose={props.onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <DialogTitle id={titleId}>{props.title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{props.text}</DialogContentText>
          <UserError error={props.error} />
          {props.children}
          {props.typed !== undefined && (
            <TextField
              label={t('users.typeLogin', { login: props.typed })}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{t('common.cancel')}</Button>
        <Button
          variant="contained"
          color={props.typed === undefined ? 'primary' : 'error'}
          disabled={!typedOk || props.ready === false || props.pending}
          onClick={props.onConfirm}
        >
          {props.action}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
