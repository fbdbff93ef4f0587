import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { brokenPasswordRules, LOGIN_PATTERN } from '@/api/credentials';
import { normalizeRights, type Right } from '@/api/rights';
import type { Profile } from '@/api/session';
import { addAccountMessages } from '@/lib/i18n/account-messages';
import { addUsersMessages } from '@/lib/i18n/users-messages';
import { useCreateUser } from '../api/user-queries';
import { RightsFields } from './rights-fields';
import { UserError } from './user-error';

addUsersMessages();
// The rule for a temporary password is the account's own rule for a password.
addAccountMessages();

/** A new user: login, name, grants, profiles and a temporary password they must change. */
export function CreateUserDialog({ profiles, onClose }: { profiles: readonly Profile[]; onClose: () => void }) {
  const { t } = useTranslation(['users', 'account']);
  const create = useCreateUser();
  const [login, setLogin] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [rights, setRights] = useState<Right[]>(normalizeRights([]));
  const [profileIds, setProfileIds] = useState<string[]>(profiles.filter((p) => p.mode === 'test').map((p) => p.id));
  const [checked, setChecked] = useState(false);

  const loginBad = !LOGIN_PATTERN.test(login);
  const passwordBad = brokenPasswordRules(password).length > 0;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (loginBad || passwordBad || name.trim() === '' || profileIds.length === 0) return;
    create.mutate(
      { login, name: name.trim(), rights, profileIds, temporaryPassword: password },
      { onSuccess: onClose },
    );
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="create-user-title" fullWidth maxWidth="sm">
      <form noValidate onSubmit={onSubmit}>
        <DialogTitle id="create-user-title">{t('users.createTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <UserError error={create.error} />
            <TextField
              label={t('users.login')}
              value={login}
              required
              onChange={(event) => setLogin(event.target.value)}
              error={checked && loginBad}
              helperText={t('users.loginRules')}
            />
            <TextField
              label={t('users.name')}
              value={name}
              required
              onChange={(event) => setName(event.target.value)}
              error={checked && name.trim() === ''}
            />
            <TextField
              label={t('users.temporaryPassword')}
              value={password}
              required
              autoComplete="off"
              onChange={(event) => setPassword(event.target.value)}
              error={checked && passwordBad}
              helperText={t('account:password.rules')}
            />
            <RightsFields
              rights={rights}
              onRights={setRights}
              profileIds={profileIds}
              onProfiles={setProfileIds}
              profiles={profiles}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={create.isPending}>
            {t('users.create')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
