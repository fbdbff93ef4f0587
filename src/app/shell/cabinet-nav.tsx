import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { SessionInfo } from '@/api/session';
import { can } from '@/lib/permissions';
import styles from './cabinet-nav.module.css';

interface Section {
  key:
    | 'orders'
    | 'awaiting'
    | 'settings'
    | 'notifications'
    | 'webService'
    | 'onboarding'
    | 'integration'
    | 'users'
    | 'audit'
    | 'account';
  to: string;
}

/** Each section's label: the shell's own, since a section's other messages load with its page. */
const LABELS = {
  orders: 'access.nav.orders',
  awaiting: 'access.nav.awaiting',
  settings: 'access.nav.settings',
  notifications: 'access.nav.notifications',
  webService: 'access.nav.webService',
  onboarding: 'access.nav.onboarding',
  integration: 'access.nav.integration',
  users: 'access.nav.users',
  audit: 'access.nav.audit',
  account: 'access.nav.account',
} as const satisfies Record<Section['key'], string>;
const labelOf = (key: Section['key']) => LABELS[key];

/** The sections this user's rights open; the others are not offered at all. */
export function sectionsFor(session: SessionInfo, profileId: string | undefined): Section[] {
  const profile =
    session.profiles.find((candidate) => candidate.id === profileId) ??
    session.profiles.find((candidate) => candidate.mode === 'live') ??
    session.profiles[0];
  const base = profile ? `/p/${encodeURIComponent(profile.id)}` : null;
  const sections: (Section | false)[] = [
    base !== null && { key: 'orders', to: `${base}/orders` },
    base !== null && { key: 'awaiting', to: `${base}/awaiting` },
    base !== null && { key: 'settings', to: `${base}/settings` },
    base !== null && can(session, 'notifications') && { key: 'notifications', to: `${base}/notifications` },
    base !== null && can(session, 'web-service') && { key: 'webService', to: `${base}/web-service` },
    base !== null &&
      profile?.mode === 'test' &&
      can(session, 'settings') && { key: 'onboarding', to: `${base}/onboarding` },
    base !== null && can(session, 'settings') && { key: 'integration', to: `${base}/integration` },
    can(session, 'users') && { key: 'users', to: '/users' },
    can(session, 'audit') && { key: 'audit', to: '/audit' },
    { key: 'account', to: '/account' },
  ];
  return sections.filter((section): section is Section => section !== false);
}

/**
 * The cabinet's sections as plain links in a named navigation landmark: reachable with Tab,
 * the current one marked for assistive technology, wrapping onto more lines on a phone.
 */
export function CabinetNav({ session, profileId }: { session: SessionInfo; profileId: string | undefined }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('access.nav.label')}>
      <ul className={styles.list}>
        {sectionsFor(session, profileId).map((section) => (
          <li key={section.key}>
            <NavLink to={section.to} end={section.key === 'orders'} className={styles.link}>
              {t(labelOf(section.key))}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
