import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '@/components/loading-state';
import { useDocumentTitle } from '@/components/use-document-title';
import { sessionQueryOptions } from '@/features/access/api/session-queries';
import { AccountPage } from '@/features/access/components/account-page';
import { addAccountMessages } from '@/lib/i18n/account-messages';
import { MainContent } from '../shell/main-content';

addAccountMessages();

export function Component() {
  const { t } = useTranslation('account');
  useDocumentTitle(t('account.title'));
  const { data: session } = useQuery(sessionQueryOptions());
  return <MainContent>{session ? <AccountPage session={session} /> : <LoadingState />}</MainContent>;
}
