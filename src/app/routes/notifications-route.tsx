import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDocumentTitle } from '@/components/use-document-title';
import { NotificationsPage } from '@/features/notifications/components/notifications-page';
import { addNotificationsMessages } from '@/lib/i18n/notifications-messages';

addNotificationsMessages();

export function Component() {
  const { t } = useTranslation('notifications');
  const { profileId = '' } = useParams();
  useDocumentTitle(t('title'));
  return <NotificationsPage profileId={profileId} />;
}
