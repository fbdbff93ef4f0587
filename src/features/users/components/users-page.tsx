import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '@/api/session';
import type { UserSummary } from '@/api/users';
import { DateTime } from '@/components/date-time';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { addUsersMessages } from '@/lib/i18n/users-messages';
import { useUpdateSecurity, usersQueryOptions } from '../api/user-queries';
import { CreateUserDialog } from './create-user-dialog';
import { UserActions } from './user-actions';

addUsersMessages();

/** Why a user may not be disabled or deleted here: oneself, or the last one who manages users. */
function protectionOf(user: UserSummary, all: readonly UserSummary[], self: string): 'isSelf' | 'lastManager' | null {
  if (user.login === self) return 'isSelf';
  const managers = all.filter((other) => other.state === 'active' && other.rights.includes('users'));
  if (user.rights.includes('users') && user.state === 'active' && managers.length <= 1) return 'lastManager';
  return null;
}

/** The users screen: who may do what where, and every change a user manager can make. */
export function UsersPage({ session }: { session: SessionInfo }) {
  const { t } = useTranslation('users');
  const users = useQuery(usersQueryOptions());
  const security = useUpdateSecurity();
  const [creating, setCreating] = useState(false);
  const self = session.user.login;
  const protectionReason = (reason: ReturnType<typeof protectionOf>) => (reason === null ? null : t(`users.${reason}`));

  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2 }}>
        <Typography component="h1" variant="h5" sx={{ flexGrow: 1 }}>
          {t('users.title')}
        </Typography>
        <Button variant="contained" onClick={() => setCreating(true)}>
          {t('users.createButton')}
        </Button>
      </Box>
      {users.isPending && <LoadingState />}
      {users.isError && <ErrorState error={users.error} onRetry={() => void users.refetch()} />}
      {users.data && (
        <>
          <FormControlLabel
            control={
              <Switch
                checked={users.data.security.requireTotp}
                disabled={security.isPending}
                onChange={(event) => security.mutate(event.target.checked)}
              />
            }
            label={t('users.requireTotp')}
          />
          <TableContainer sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={t('users.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('users.user')}</TableCell>
                  <TableCell>{t('users.rights')}</TableCell>
                  <TableCell>{t('users.profiles')}</TableCell>
                  <TableCell>{t('users.state')}</TableCell>
                  <TableCell>{t('users.totp')}</TableCell>
                  <TableCell>{t('users.lastSignIn')}</TableCell>
                  <TableCell>{t('users.actions')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {users.data.items.map((user) => (
                  <TableRow key={user.login} data-login={user.login}>
                    <TableCell>
                      <div>{user.name}</div>
                      <Typography variant="body2" color="text.secondary">
                        {user.login}
                      </Typography>
                    </TableCell>
                    <TableCell>
                      {user.preset
                        ? t(`presets.${user.preset}`)
                        : user.rights.map((right) => t(`rights.${right}`)).join(', ')}
                    </TableCell>
                    <TableCell>{user.profileIds.join(', ')}</TableCell>
                    <TableCell>
                      {t(user.state === 'active' ? 'users.active' : 'users.disabled')}
                      {user.mustChangePassword && ` · ${t('users.mustChange')}`}
                    </TableCell>
                    <TableCell>{t(user.totpEnabled ? 'users.totpOn' : 'users.totpOff')}</TableCell>
                    <TableCell>{user.lastSignInAt ? <DateTime value={user.lastSignInAt} /> : '—'}</TableCell>
                    <TableCell>
                      <UserActions
                        user={user}
                        self={self}
                        protectedReason={protectionReason(protectionOf(user, users.data.items, self))}
                        profiles={session.profiles}
                      />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
      {creating && <CreateUserDialog profiles={session.profiles} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
