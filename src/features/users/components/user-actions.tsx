import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { brokenPasswordRules } from '@/api/credentials';
import type { Profile } from '@/api/session';
import type { UserSummary } from '@/api/users';
import { useDeleteUser, useEndUserSessions, useResetPassword, useSetUserDisabled } from '../api/user-queries';
import { ConfirmUserDialog } from './confirm-user-dialog';
import { EditRightsDialog } from './edit-rights-dialog';

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
  const { t } = useTranslation();
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
        aria-label={t('access.users.editRightsOf', { login: user.login })}
      >
        {t('access.users.editRights')}
      </Button>
      {guarded(
        <Button
          size="small"
          disabled={disabling && protectedReason !== null}
          onClick={() => setOpen('state')}
          aria-label={t(disabling ? 'access.users.disableOf' : 'access.users.enableOf', { login: user.login })}
        >
          {t(disabling ? 'access.users.disable' : 'access.users.enable')}
        </Button>,
      )}
      <Button
        size="small"
        onClick={() => setOpen('password')}
        aria-label={t('access.users.resetOf', { login: user.login })}
      >
        {t('access.users.reset')}
      </Button>
      <Button
        size="small"
        onClick={() => setOpen('sessions')}
        aria-label={t('access.users.endSessionsOf', { login: user.login })}
      >
        {t('access.users.endSessions')}
      </Button>
      {protectedReason ? (
        <Tooltip title={protectedReason}>
          <span>
            <Button size="small" color="error" disabled aria-label={t('access.users.deleteOf', { login: user.login })}>
              {t('access.users.delete')}
            </Button>
          </span>
        </Tooltip>
      ) : (
        <Button
          size="small"
          color="error"
          onClick={() => setOpen('delete')}
          aria-label={t('access.users.deleteOf', { login: user.login })}
        >
          {t('access.users.delete')}
        </Button>
      )}

      {open === 'rights' && <EditRightsDialog user={user} self={self} profiles={profiles} onClose={close} />}
      {open === 'state' && (
        <ConfirmUserDialog
          title={t(disabling ? 'access.users.disableTitle' : 'access.users.enableTitle', { login: user.login })}
          text={t(disabling ? 'access.users.disableText' : 'access.users.enableText')}
          action={t(disabling ? 'access.users.disable' : 'access.users.enable')}
          pending={setDisabled.isPending}
          error={setDisabled.error}
          onConfirm={() => setDisabled.mutate({ login: user.login, disabled: disabling }, { onSuccess: close })}
          onClose={close}
        />
      )}
      {open === 'password' && (
        <ConfirmUserDialog
          title={t('access.users.resetTitle', { login: user.login })}
          text={t('access.users.resetText')}
          action={t('access.users.reset')}
          ready={brokenPasswordRules(password).length === 0}
          pending={reset.isPending}
          error={reset.error}
          onConfirm={() => reset.mutate({ login: user.login, temporaryPassword: password }, { onSuccess: close })}
          onClose={close}
        >
          <TextField
            label={t('access.users.temporaryPassword')}
            value={password}
            autoComplete="off"
            onChange={(event) => setPassword(event.target.value)}
            helperText={t('access.password.rules')}
          />
        </ConfirmUserDialog>
      )}
      {open === 'sessions' && (
        <ConfirmUserDialog
          title={t('access.users.endSessionsTitle', { login: user.login })}
          text={t('access.users.endSessionsText')}
          action={t('access.users.endSessions')}
          pending={endSessions.isPending}
          error={endSessions.error}
          onConfirm={() => endSessions.mutate(user.login, { onSuccess: close })}
          onClose={close}
        />
      )}
      {open === 'delete' && (
        <ConfirmUserDialog
          title={t('access.users.deleteTitle', { login: user.login })}
          text={t('access.users.deleteText')}
          action={t('access.users.deleteForGood')}
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
