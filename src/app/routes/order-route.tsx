import { useParams } from 'react-router';
import { OrderPage } from '@/features/orders/components/order-page';
import { useOrderActionSlots } from './order-action-slots';

export function Component() {
  const { profileId = '', billnumber = '' } = useParams();
  const slots = useOrderActionSlots(profileId);
  return <OrderPage profileId={profileId} billnumber={billnumber} slots={slots} />;
}
