import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/components/use-document-title';
import { AuditPage } from '@/features/audit/components/audit-page';
import { MainContent } from '../shell/main-content';

export function Component() {
  const { t } = useTranslation();
  useDocumentTitle(t('access.audit.title'));
  return (
    <MainContent>
      <AuditPage />
    </MainContent>
  );
}
