import { useParams } from 'react-router';
import { OrdersPage } from '@/features/orders/components/orders-page';

export function Component() {
  const { profileId = '' } = useParams();
  // A new profile is a new list: nothing of the previous profile's grid state carries over.
  return <OrdersPage key={profileId} profileId={profileId} />;
}
