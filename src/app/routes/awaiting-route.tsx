import { useParams } from 'react-router';
import { AwaitingPage } from '@/features/order-actions/components/awaiting-page';
import { orderPath } from '@/features/orders/model/paths';
import { useActionContext } from './order-action-slots';

export function Component() {
  const { profileId = '' } = useParams();
  const context = useActionContext(profileId);
  // Everyone who monitors sees the cockpit; the row actions only those with the rights.
  return (
    <AwaitingPage
      key={profileId}
      profileId={profileId}
      context={context}
      orderHref={(billnumber) => orderPath(profileId, billnumber)}
    />
  );
}
