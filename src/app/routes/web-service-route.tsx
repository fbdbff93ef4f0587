import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/components/use-document-title';
import { WebServicePage } from '@/features/web-service/components/web-service-page';
import { addWebServiceMessages } from '@/lib/i18n/web-service-messages';

addWebServiceMessages();

export function Component() {
  const { t } = useTranslation('webService');
  const { profileId = '' } = useParams();
  useDocumentTitle(t('title'));
  return <WebServicePage key={profileId} profileId={profileId} />;
}
