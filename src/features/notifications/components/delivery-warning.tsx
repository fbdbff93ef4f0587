import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '@/components/date-time';
import { PlainAlert } from '@/components/plain/plain-alert';
import { deliveryHealthQueryOptions } from '../api/notification-queries';
import styles from './delivery-warning.module.css';

export const notificationsPath = (profileId: string) => `/p/${encodeURIComponent(profileId)}/notifications`;

/**
 * Shown on every page of the profile while deliveries to the shop keep failing, so its messages
 * are the shell's (`translation`), not the notification log's namespace. Plain markup: it
 * can show on the monitor's first screen.
 */
export function DeliveryWarning({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const health = useQuery(deliveryHealthQueryOptions(profileId));
  if (!health.data?.warning) return null;
  const { consecutiveFailures, failingSince, undelivered } = health.data;
  return (
    <PlainAlert severity="error" role="alert" className={styles.warning} title={t('shell.deliveryWarning.title')}>
      {t('shell.deliveryWarning.text', { count: consecutiveFailures, undelivered })}{' '}
      {failingSince && (
        <>
          {t('shell.deliveryWarning.since')}: <DateTime value={failingSince} />.{' '}
        </>
      )}
      <Link to={notificationsPath(profileId)} className={styles.link}>
        {t('shell.deliveryWarning.link')}
      </Link>
    </PlainAlert>
  );
}
