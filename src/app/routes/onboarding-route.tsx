import Alert from '@mui/material/Alert';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDocumentTitle } from '@/components/use-document-title';
import { sessionKeys, sessionQueryOptions } from '@/features/access/api/session-queries';
import { ChecklistPage } from '@/features/onboarding/components/checklist-page';
import { addGoliveMessages } from '@/lib/i18n/golive-messages';

addGoliveMessages();

export function Component() {
  const { t } = useTranslation(['golive', 'translation']);
  const { profileId = '' } = useParams();
  const queryClient = useQueryClient();
  const { data: session } = useQuery(sessionQueryOptions());
  useDocumentTitle(t('translation:access.nav.onboarding'));
  // The session lists the profiles: a live profile just issued is not in it yet.
  const known = session?.profiles.map((candidate) => candidate.id).join(',') ?? '';
  const onLiveIssued = useCallback(
    (liveProfileId: string) => {
      if (!known.split(',').includes(liveProfileId))
        void queryClient.invalidateQueries({ queryKey: sessionKeys.session });
    },
    [known, queryClient],
  );
  const profile = session?.profiles.find((candidate) => candidate.id === profileId);
  if (profile?.mode !== 'test') return <Alert severity="info">{t('checklist.notTest')}</Alert>;
  return <ChecklistPage profileId={profileId} onLiveIssued={onLiveIssued} />;
}
