import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { sessionQueryOptions } from '@/features/access/api/session-queries';
import { OrderAuditSection } from '@/features/audit/components/order-audit-section';
import { OrderNotificationsSection } from '@/features/notifications/components/order-notifications-section';
import { can } from '@/lib/permissions';
import { OrderPage } from '@/features/orders/components/order-page';
import { useOrderActionSlots } from './order-action-slots';

export function Component() {
  const { profileId = '', billnumber = '' } = useParams();
  const slots = useOrderActionSlots(profileId);
  const { data: session } = useQuery(sessionQueryOptions());
  return (
    <>
      <OrderPage profileId={profileId} billnumber={billnumber} slots={slots} />
      <Box sx={{ mt: 3 }}>
        <OrderAuditSection profileId={profileId} billnumber={billnumber} />
      </Box>
      {can(session, 'notifications') && (
        <Box sx={{ mt: 3 }}>
          <OrderNotificationsSection profileId={profileId} billnumber={billnumber} />
        </Box>
      )}
    </>
  );
}
