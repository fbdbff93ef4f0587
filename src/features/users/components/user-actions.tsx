import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { brokenPasswordRules } from '@/api/credentials';
import type { Profile } from '@/api/session';
import type { UserSummary } from '@/api/users';
import { addAccountMessages } from '@/lib/i18n/account-messages';
import { addUsersMessages } from '@/lib/i18n/users-messages';
import { useDeleteUser, useEndUserSessions, useResetPassword, useSetUserDisabled } from '../api/user-queries';
import { ConfirmUserDialog } from './confirm-user-dialog';
import { EditRightsDialog } from './edit-rights-dialog';

addUsersMessages();
// The rule for a temporary password is the account's own rule for a password.
addAccountMessages();

type Open = 'rights' | 'state' | 'password' | 'sessions' | 'delete' | null;

interface UserActionsProps {
  user: UserSummary;
  self: string;
  /** Why this user may not be disabled or deleted (self, the last manager), or null. */
  protectedReason: string | null;
  profiles: readonly Profile[];
}

/** What a user manager can do to one user; what is not allowed is disabled with the reason. */
export function UserActions({ user, self, protectedReason, profiles }: UserActionsProps) {
  const { t } = useTranslation(['users', 'account']);
  const [open, setOpen] = useState<Open>(null);
  const [password, setPassword] = useState('');
  const setDisabled = useSetUserDisabled();
  const reset = useResetPassword();
  const endSessions = useEndUserSessions();
  const remove = useDeleteUser();
  const close = () => setOpen(null);
  const disabling = user.state === 'active';
  const guarded = (button: ReactElement) =>
    protectedReason && disabling ? (
      <Tooltip title={protectedReason}>
        <span>{button}</span>
      </Tooltip>
    ) : (
      button
    );

  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <Button
        size="small"
        onClick={() => setOpen('rights')}
        aria-label={t('users.editRightsOf', { login: user.login })}
      >
        {t('users.editRights')}
      </Button>
      {guarded(
        <Button
          size="small"
          disabled={disabling && protectedReason !== null}
          onClick={() => setOpen('state')}
          aria-label={t(disabling ? 'users.disableOf' : 'users.enableOf', { login: user.login })}
        >
          {t(disabling ? 'users.disable' : 'users.enable')}
        </Button>,
      )}
      <Button size="small" onClick={() => setOpen('password')} aria-label={t('users.resetOf', { login: user.login })}>
        {t('users.reset')}
      </Button>
      <Button
        size="small"
        onClick={() => setOpen('sessions')}
        aria-label={t('users.endSessionsOf', { login: user.login })}
      >
        {t('users.endSessions')}
      </Button>
      {protectedReason ? (
        <Tooltip title={protectedReason}>
          <span>
            <Button size="small" color="error" disabled aria-label={t('users.deleteOf', { login: user.login })}>
              {t('users.delete')}
            </Button>
          </span>
        </Tooltip>
      ) : (
        <Button
          size="small"
          color="error"
          onClick={() => setOpen('delete')}
          aria-label={t('users.deleteOf', { login: user.login })}
        >
          {t('users.delete')}
        </Button>
      )}

      {open === 'rights' && <EditRightsDialog user={user} self={self} profiles={profiles} onClose={close} />}
      {open === 'state' && (
        <ConfirmUserDialog
          title={t(disabling ? 'users.disableTitle' : 'users.enableTitle', { login: user.login })}
          text={t(disabling ? 'users.disableText' : 'users.enableText')}
          action={t(disabling ? 'users.disable' : 'users.enable')}
          pending={setDisabled.isPending}
          error={setDisabled.error}
          onConfirm={() => setDisabled.mutate({ login: user.login, disabled: disabling }, { onSuccess: close })}
          onClose={close}
        />
      )}
      {open === 'password' && (
        <ConfirmUserDialog
          title={t('users.resetTitle', { login: user.login })}
          text={t('users.resetText')}
          action={t('users.reset')}
          ready={brokenPasswordRules(password).length === 0}
          pending={reset.isPending}
          error={reset.error}
          onConfirm={() => reset.mutate({ login: user.login, temporaryPassword: password }, { onSuccess: close })}
          onClose={close}
        >
          <TextField
            label={t('users.temporaryPassword')}
            value={password}
            autoComplete="off"
            onChange={(event) => setPassword(event.target.value)}
            helperText={t('account:password.rules')}
          />
        </ConfirmUserDialog>
      )}
      {open === 'sessions' && (
        <ConfirmUserDialog
          title={t('users.endSessionsTitle', { login: user.login })}
          text={t('users.endSessionsText')}
          action={t('users.endSessions')}
          pending={endSessions.isPending}
          error={endSessions.error}
          onConfirm={() => endSessions.mutate(user.login, { onSuccess: close })}
          onClose={close}
        />
      )}
      {open === 'delete' && (
        <ConfirmUserDialog
          title={t('users.deleteTitle', { login: user.login })}
          text={t('users.deleteText')}
          action={t('users.deleteForGood')}
          typed={user.login}
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(user.login, { onSuccess: close })}
          onClose={close}
        />
      )}
    </Stack>
  );
}
