import { Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '@/api/session';
import { buttonClass, endIconClass } from '@/components/plain/button-class';
import { classNames } from '@/components/plain/class-names';
import { PlainIcon } from '@/components/plain/plain-icon';
import { useLazyPopup } from '@/components/use-lazy-popup';
import { lazyThemed, withTheme } from '@/components/theme/lazy-themed';
import { profileLabel } from './profile-label';
import styles from './profile-switch.module.css';

/**
 * The menu (popover, focus trap) is fetched when the switch is first pointed at or focused: the
 * header of every page then carries a button, not the menu's code.
 */
const loadMenu = withTheme(() => import('./profile-menu'));
const ProfileMenu = lazyThemed(loadMenu, (module) => module.ProfileMenu);

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
    <div className={styles.switch}>
      <span id={labelId}>{t('shell.profile')}</span>
      <button
        type="button"
        id={buttonId}
        className={classNames(buttonClass('outlined', 'medium', 'inherit'), styles.button)}
        aria-labelledby={`${labelId} ${buttonId}`}
        aria-haspopup="menu"
        {...popup.triggerProps}
        onClick={(event) => popup.open(event.currentTarget)}
      >
        {profileLabel(t, current)}
        <span className={endIconClass}>
          <PlainIcon name="arrowDropDown" />
        </span>
      </button>
      {popup.anchor && (
        <Suspense fallback={null}>
          <ProfileMenu id={menuId} anchor={popup.anchor} profiles={profiles} current={current} onClose={popup.close} />
        </Suspense>
      )}
    </div>
  );
}
