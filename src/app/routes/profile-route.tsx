import { useQuery } from '@tanstack/react-query';
import { Outlet, useParams } from 'react-router';
import { TestModeBanner } from '@/components/test-mode-banner';
import { sessionQueryOptions } from '@/features/access/api/session-queries';
import { DeliveryWarning } from '@/features/notifications/components/delivery-warning';
import { can } from '@/lib/permissions';
import { MainContent } from '../shell/main-content';

/** Every page of a profile; a test profile's pages all carry the test banner. */
export function Component() {
  const { profileId } = useParams();
  const { data: session } = useQuery(sessionQueryOptions());
  const profile = session?.profiles.find((candidate) => candidate.id === profileId);
  return (
    <MainContent
      banner={
        <>
          {profile?.mode === 'test' && <TestModeBanner merchantId={profile.merchantId} />}
          {profile && can(session, 'notifications') && <DeliveryWarning profileId={profile.id} />}
        </>
      }
    >
      <Outlet />
    </MainContent>
  );
}
