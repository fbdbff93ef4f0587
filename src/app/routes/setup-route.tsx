import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/components/use-document-title';
import { SetupPage } from '@/features/access/components/setup-page';
import { addAccountMessages } from '@/lib/i18n/account-messages';
import { PublicLayout } from '../shell/public-layout';

addAccountMessages();

export function Component() {
  const { t } = useTranslation('account');
  useDocumentTitle(t('setup.passwordTitle'));
  return (
    <PublicLayout>
      <SetupPage />
    </PublicLayout>
  );
}
