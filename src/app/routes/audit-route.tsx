import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/components/use-document-title';
import { AuditPage } from '@/features/audit/components/audit-page';
import { addAuditMessages } from '@/lib/i18n/audit-messages';
import { MainContent } from '../shell/main-content';

addAuditMessages();

export function Component() {
  const { t } = useTranslation('audit');
  useDocumentTitle(t('title'));
  return (
    <MainContent>
      <AuditPage />
    </MainContent>
  );
}
