import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { sessionQueryOptions } from '@/features/access/api/session-queries';
import { OrdersPage } from '@/features/orders/components/orders-page';
import { can } from '@/lib/permissions';
import { useOrderActionSlots } from './order-action-slots';

export function Component() {
  const { profileId = '' } = useParams();
  const slots = useOrderActionSlots(profileId);
  // The loader has ensured the session; the route, not the orders feature, reads its rights.
  const session = useQuery(sessionQueryOptions());
  // A new profile is a new list: nothing of the previous profile's grid state carries over.
  return <OrdersPage key={profileId} profileId={profileId} slots={slots} canExport={can(session.data, 'export')} />;
}
