import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/components/use-document-title';
import { WebServicePage } from '@/features/web-service/components/web-service-page';

export function Component() {
  const { t } = useTranslation();
  const { profileId = '' } = useParams();
  useDocumentTitle(t('webService.title'));
  return <WebServicePage key={profileId} profileId={profileId} />;
}
