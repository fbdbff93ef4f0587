import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Right } from '@/api/rights';
import type { Profile } from '@/api/session';
import type { UserSummary } from '@/api/users';
import { addUsersMessages } from '@/lib/i18n/users-messages';
import { useUpdateUser } from '../api/user-queries';
import { rightsChange } from '../model/rights-change';
import { RightsFields } from './rights-fields';
import { UserError } from './user-error';

addUsersMessages();

interface EditRightsDialogProps {
  user: UserSummary;
  /** The signed-in user editing: nobody takes away their own manage-users right. */
  self: string;
  profiles: readonly Profile[];
  onClose: () => void;
}

/** Grants and profiles of one user, with a summary of what saving will change. */
export function EditRightsDialog({ user, self, profiles, onClose }: EditRightsDialogProps) {
  const { t } = useTranslation('users');
  const update = useUpdateUser();
  const [rights, setRights] = useState<Right[]>(user.rights);
  const [profileIds, setProfileIds] = useState<string[]>(user.profileIds);
  const change = rightsChange(user.rights, rights);
  const profilesChanged = profileIds.join() !== user.profileIds.join();
  const nothing = change.added.length === 0 && change.removed.length === 0 && !profilesChanged;
  const label = (list: Right[]) => list.map((right) => t(`rights.${right}`)).join(', ');

  return (
    <Dialog open onClose={onClose} aria-labelledby="edit-rights-title" fullWidth maxWidth="sm">
      <DialogTitle id="edit-rights-title">{t('users.editTitle', { login: user.login })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <UserError error={update.error} />
          <RightsFields
            rights={rights}
            onRights={setRights}
            profileIds={profileIds}
            onProfiles={setProfileIds}
            profiles={profiles}
            locked={user.login === self ? { right: 'users', reason: t('users.ownRight') } : undefined}
          />
          <Alert severity={nothing ? 'info' : 'warning'} role="status" aria-label={t('users.summary')}>
            {nothing
              ? t('users.noChange')
              : [
                  change.added.length > 0 && t('users.added', { rights: label(change.added) }),
                  change.removed.length > 0 && t('users.removed', { rights: label(change.removed) }),
                  profilesChanged && t('users.profilesNow', { profiles: profileIds.join(', ') || '—' }),
                ]
                  .filter(Boolean)
                  .join(' ')}
          </Alert>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          variant="contained"
          disabled={nothing || profileIds.length === 0 || update.isPending}
          onClick={() => update.mutate({ login: user.login, body: { rights, profileIds } }, { onSuccess: onClose })}
        >
          {t('users.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
