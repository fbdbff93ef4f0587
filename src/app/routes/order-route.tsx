import Box from '@mui/material/Box';
import { useParams } from 'react-router';
import { OrderAuditSection } from '@/features/audit/components/order-audit-section';
import { OrderPage } from '@/features/orders/components/order-page';
import { useOrderActionSlots } from './order-action-slots';

export function Component() {
  const { profileId = '', billnumber = '' } = useParams();
  const slots = useOrderActionSlots(profileId);
  return (
    <>
      <OrderPage profileId={profileId} billnumber={billnumber} slots={slots} />
      <Box sx={{ mt: 3 }}>
        <OrderAuditSection profileId={profileId} billnumber={billnumber} />
      </Box>
    </>
  );
}
