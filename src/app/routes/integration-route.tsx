import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDocumentTitle } from '@/components/use-document-title';
import { IntegrationPage } from '@/features/integration/components/integration-page';

export function Component() {
  const { t } = useTranslation();
  const { profileId = '' } = useParams();
  useDocumentTitle(t('access.nav.integration'));
  return <IntegrationPage profileId={profileId} />;
}
