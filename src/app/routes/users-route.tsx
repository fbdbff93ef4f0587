import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '@/components/loading-state';
import { useDocumentTitle } from '@/components/use-document-title';
import { sessionQueryOptions } from '@/features/access/api/session-queries';
import { UsersPage } from '@/features/users/components/users-page';
import { addUsersMessages } from '@/lib/i18n/users-messages';
import { MainContent } from '../shell/main-content';

addUsersMessages();

export function Component() {
  const { t } = useTranslation('users');
  useDocumentTitle(t('users.title'));
  const { data: session } = useQuery(sessionQueryOptions());
  return <MainContent>{session ? <UsersPage session={session} /> : <LoadingState />}</MainContent>;
}
