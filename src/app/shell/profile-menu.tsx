import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Profile } from '@/api/session';
import { ordersPath } from '@/features/orders/model/paths';
import { profileLabel } from './profile-label';

export interface ProfileMenuProps {
  id: string;
  anchor: HTMLElement;
  profiles: readonly Profile[];
  current: Profile;
  onClose: () => void;
}

/** The profile switch's open menu: a link to each profile's orders, the current one marked. */
export function ProfileMenu({ id, anchor, profiles, current, onClose }: ProfileMenuProps) {
  const { t } = useTranslation();
  return (
    <Menu id={id} anchorEl={anchor} open onClose={onClose}>
      {profiles.map((profile) => (
        <MenuItem
          key={profile.id}
          component={RouterLink}
          to={ordersPath(profile.id)}
          selected={profile.id === current.id}
          aria-current={profile.id === current.id ? 'page' : undefined}
          onClick={onClose}
        >
          {profileLabel(t, profile)}
        </MenuItem>
      ))}
    </Menu>
  );
}
