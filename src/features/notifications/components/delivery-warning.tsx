import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { DateTime } from '@/components/date-time';
import { deliveryHealthQueryOptions } from '../api/notification-queries';

export const notificationsPath = (profileId: string) => `/p/${encodeURIComponent(profileId)}/notifications`;

/**
 * Shown on every page of the profile while deliveries to the shop keep failing, so its messages
 * are the shell's (`translation`), not the notification log's namespace.
 */
export function DeliveryWarning({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const health = useQuery(deliveryHealthQueryOptions(profileId));
  if (!health.data?.warning) return null;
  const { consecutiveFailures, failingSince, undelivered } = health.data;
  return (
    <Alert severity="error" role="alert" sx={{ borderRadius: 0 }}>
      <AlertTitle>{t('shell.deliveryWarning.title')}</AlertTitle>
      {t('shell.deliveryWarning.text', { count: consecutiveFailures, undelivered })}{' '}
      {failingSince && (
        <>
          {t('shell.deliveryWarning.since')}: <DateTime value={failingSince} />.{' '}
        </>
      )}
      <Link component={RouterLink} to={notificationsPath(profileId)}>
        {t('shell.deliveryWarning.link')}
      </Link>
    </Alert>
  );
}
