import { useParams } from 'react-router';
import { OrderPage } from '@/features/orders/components/order-page';

export function Component() {
  const { profileId = '', billnumber = '' } = useParams();
  return <OrderPage profileId={profileId} billnumber={billnumber} />;
}
