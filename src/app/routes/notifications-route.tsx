import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDocumentTitle } from '@/components/use-document-title';
import { NotificationsPage } from '@/features/notifications/components/notifications-page';

export function Component() {
  const { t } = useTranslation();
  const { profileId = '' } = useParams();
  useDocumentTitle(t('notifications.title'));
  return <NotificationsPage profileId={profileId} />;
}
