import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/components/use-document-title';
import { SetupPage } from '@/features/access/components/setup-page';
import { PublicLayout } from '../shell/public-layout';

export function Component() {
  const { t } = useTranslation();
  useDocumentTitle(t('access.setup.passwordTitle'));
  return (
    <PublicLayout>
      <SetupPage />
    </PublicLayout>
  );
}
