import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { SectionCard } from '@/components/section-card';
import { addNotificationsMessages } from '@/lib/i18n/notifications-messages';
import { orderNotificationsQueryOptions } from '../api/notification-queries';
import { NotificationCard } from './notification-card';

addNotificationsMessages();

/** "Did the shop get this order's result?": its notifications and their attempts. */
export function OrderNotificationsSection({ profileId, billnumber }: { profileId: string; billnumber: string }) {
  const { t } = useTranslation('notifications');
  const log = useQuery(orderNotificationsQueryOptions(profileId, billnumber));
  return (
    <SectionCard title={t('orderTitle')}>
      {log.isPending && <LoadingState />}
      {log.isError && <ErrorState error={log.error} onRetry={() => void log.refetch()} />}
      {log.data && log.data.items.length === 0 && <EmptyState title={t('orderEmpty')} />}
      {log.data && log.data.items.length > 0 && (
        <Stack spacing={1}>
          {log.data.items.map((notification) => (
            <NotificationCard key={notification.id} notification={notification} />
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
