import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/components/use-document-title';
import { LoginPage } from '@/features/access/components/login-page';
import { PublicLayout } from '../shell/public-layout';

export function Component() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  return (
    <PublicLayout>
      <LoginPage />
    </PublicLayout>
  );
}
