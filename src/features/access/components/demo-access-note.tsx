import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PlainAlert } from '@/components/plain/plain-alert';
import { metaQueryOptions } from '../api/session-queries';
import styles from './login-page.module.css';

const KNOWN_ROLES = ['admin', 'accountant', 'viewer'] as const;
type KnownRole = (typeof KNOWN_ROLES)[number];

function isKnownRole(role: string): role is KnownRole {
  return (KNOWN_ROLES as readonly string[]).includes(role);
}

/** On a demo gateway: which accounts to try. Nothing at all on a real one. */
export function DemoAccessNote() {
  const { t } = useTranslation();
  const { data: meta } = useQuery(metaQueryOptions());
  if (!meta?.demo || meta.demoUsers.length === 0) return null;
  return (
    <PlainAlert
      severity="info"
      role="note"
      aria-labelledby="demo-access-title"
      titleId="demo-access-title"
      title={t('login.demoTitle')}
      className={styles.demoNote}
    >
      {t('login.demoUsers')}
      <ul className={styles.demoUsers}>
        {meta.demoUsers.map((user) => (
          <li key={user.login}>
            {t('login.demoUser', {
              login: user.login,
              role: isKnownRole(user.role) ? t(`login.roles.${user.role}`) : user.role,
            })}
          </li>
        ))}
      </ul>
      {meta.demoPassword && t('login.demoPassword', { password: meta.demoPassword })}
    </PlainAlert>
  );
}
