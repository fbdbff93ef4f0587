import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '@/api/session';
import { useLazyPopup } from '@/components/use-lazy-popup';
import { profileLabel } from './profile-label';

/**
 * The menu (popover, focus trap) is fetched when the switch is first pointed at or focused: the
 * header of every page then carries a button, not the menu's code.
 */
const loadMenu = () => import('./profile-menu');
const ProfileMenu = lazy(() => loadMenu().then((module) => ({ default: module.ProfileMenu })));

/**
 * Live and test profiles hold different orders; the switch opens the other profile's list.
 * A menu button of links: choosing is going somewhere, and only a deliberate choice goes.
 */
export function ProfileSwitch({ profiles, current }: { profiles: readonly Profile[]; current: Profile }) {
  const { t } = useTranslation();
  const labelId = useId();
  const buttonId = useId();
  const menuId = useId();
  const popup = useLazyPopup(loadMenu, menuId);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, fontSize: '0.875rem' }}>
      <span id={labelId}>{t('shell.profile')}</span>
      <Button
        id={buttonId}
        variant="outlined"
        color="inherit"
        endIcon={<ArrowDropDownIcon />}
        aria-labelledby={`${labelId} ${buttonId}`}
        aria-haspopup="menu"
        {...popup.triggerProps}
        onClick={(event) => popup.open(event.currentTarget)}
        sx={{ textTransform: 'none', minWidth: 200, justifyContent: 'space-between', borderColor: 'grey.500' }}
      >
        {profileLabel(t, current)}
      </Button>
      {popup.anchor && (
        <Suspense fallback={null}>
          <ProfileMenu id={menuId} anchor={popup.anchor} profiles={profiles} current={current} onClose={popup.close} />
        </Suspense>
      )}
    </Box>
  );
}
