import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LoadingState } from '@/components/loading-state';
import { useDocumentTitle } from '@/components/use-document-title';
import { sessionQueryOptions } from '@/features/access/api/session-queries';
import { SettingsPage } from '@/features/settings/components/settings-page';
import { isSettingsGroup } from '@/features/settings/model/settings-paths';
import { addSettingsMessages } from '@/lib/i18n/settings-messages';
import { can } from '@/lib/permissions';

addSettingsMessages();

export function Component() {
  const { t } = useTranslation('settings');
  const { profileId = '', group } = useParams();
  const { data: session } = useQuery(sessionQueryOptions());
  const profile = session?.profiles.find((candidate) => candidate.id === profileId);
  const groupName = isSettingsGroup(group) ? t(`groups.${group}`) : '';
  useDocumentTitle(`${groupName} · ${t('title')}`);
  if (!session || !profile || !isSettingsGroup(group)) return <LoadingState />;
  return (
    <SettingsPage
      profileId={profileId}
      mode={profile.mode === 'live' ? 'live' : 'test'}
      group={group}
      canEdit={can(session, 'settings')}
    />
  );
}
