import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router';
import { DocumentTitlePrefix } from '@/components/document-title-prefix';
import { TestModeBanner } from '@/components/test-mode-banner';
import { TestModeFrame } from '@/components/test-mode-frame';
import { sessionQueryOptions } from '@/features/access/api/session-queries';
import { DeliveryWarning } from '@/features/notifications/components/delivery-warning';
import { can } from '@/lib/permissions';
import { MainContent } from '../shell/main-content';

/**
 * Every page of a profile. A test profile's pages all carry the test banner, a frame in the
 * test colour round the window, and «[ТЕСТ]» before the tab's title.
 */
export function Component() {
  const { t } = useTranslation();
  const { profileId } = useParams();
  const { data: session } = useQuery(sessionQueryOptions());
  const profile = session?.profiles.find((candidate) => candidate.id === profileId);
  const test = profile?.mode === 'test';
  return (
    <DocumentTitlePrefix.Provider value={test ? t('shell.testTitlePrefix') : ''}>
      {test && <TestModeFrame />}
      <MainContent
        banner={
          <>
            {test && <TestModeBanner merchantId={profile.merchantId} />}
            {profile && can(session, 'notifications') && <DeliveryWarning profileId={profile.id} />}
          </>
        }
      >
        <Outlet />
      </MainContent>
    </DocumentTitlePrefix.Provider>
  );
}
