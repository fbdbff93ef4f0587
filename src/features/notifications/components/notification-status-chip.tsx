import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { NotificationStatus } from '@/api/notifications';
import { addNotificationsMessages } from '@/lib/i18n/notifications-messages';

addNotificationsMessages();

const COLORS: Record<NotificationStatus, 'default' | 'success' | 'warning' | 'error'> = {
  pending: 'default',
  delivered: 'success',
  failing: 'warning',
  'given-up': 'error',
  refused: 'error',
};

export function NotificationStatusChip({ status }: { status: NotificationStatus }) {
  const { t } = useTranslation('notifications');
  return <Chip size="small" variant="outlined" color={COLORS[status]} label={t(`statuses.${status}`)} />;
}
