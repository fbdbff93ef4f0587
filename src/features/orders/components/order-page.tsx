import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import type { OrderDetail } from '@/api/orders';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { OrderStateChip } from '@/components/order-state-chip';
import { SectionCard } from '@/components/section-card';
import { TestModeChip } from '@/components/test-mode-chip';
import { useDocumentTitle } from '@/components/use-document-title';
import { ORDER_STATE_KEYS } from '@/lib/i18n/domain-labels';
import { orderDetailQueryOptions } from '../api/order-queries';
import { isOrderLinkState, ordersPath, type OrderLinkState } from '../model/paths';
import { LinkedOrdersSection } from './linked-orders-section';
import type { OrderActionSlots } from './order-action-slots';
import { OrderCustomerSection } from './order-customer-section';
import { OrderDetailsSection } from './order-details-section';
import { OrderMeansSection } from './order-means-section';
import { OrderMoneySection } from './order-money-section';
import { OrderOperationsSection } from './order-operations-section';
import { OrderStateNotes } from './order-state-notes';

interface OrderViewProps {
  profileId: string;
  order: OrderDetail;
  linkState: OrderLinkState;
  pageActions?: OrderActionSlots['pageActions'];
}

function OrderView({ profileId, order, linkState, pageActions }: OrderViewProps) {
  const { t } = useTranslation();
  const stateKey = ORDER_STATE_KEYS[order.orderstate];
  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography component="h1" variant="h4" sx={{ overflowWrap: 'anywhere' }}>
          {t('order.heading', { ordernumber: order.ordernumber })}
        </Typography>
        <OrderStateChip state={order.orderstate} size="medium" />
        {order.testmode && <TestModeChip label={t('orders.testMark')} title={t('orders.testMarkLabel')} />}
        {pageActions && (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, ml: { sm: 'auto' } }}>{pageActions(order)}</Box>
        )}
      </Box>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t(`orderStateHint.${stateKey}`)}
      </Typography>
      <OrderStateNotes order={order} />
      {order.testmode && (
        <Alert severity="warning" sx={{ mb: 3 }}>
          {t('order.testOrder')}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, mb: 2 }}>
        <OrderDetailsSection order={order} />
        <OrderMoneySection order={order} />
        <OrderCustomerSection order={order} />
        <OrderMeansSection order={order} />
      </Box>
      {order.comment !== null && order.comment !== '' && (
        <Box sx={{ mb: 2 }}>
          <SectionCard title={t('order.sections.comment')}>
            <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{order.comment}</Typography>
          </SectionCard>
        </Box>
      )}
      <OrderOperationsSection order={order} />
      <Box sx={{ mt: 2 }}>
        <LinkedOrdersSection profileId={profileId} order={order} linkState={linkState} />
      </Box>
    </>
  );
}

/** One order: its state and what it means, its money, its buyer and every operation on it. */
export function OrderPage({
  profileId,
  billnumber,
  slots = {},
}: {
  profileId: string;
  billnumber: string;
  slots?: OrderActionSlots;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const order = useQuery(orderDetailQueryOptions(profileId, billnumber));
  useDocumentTitle(order.data ? t('order.heading', { ordernumber: order.data.ordernumber }) : t('orders.heading'));
  const listSearch = isOrderLinkState(location.state) ? location.state.listSearch : '';
  return (
    <>
      <Link
        component={RouterLink}
        to={ordersPath(profileId, listSearch)}
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mb: 2 }}
      >
        <ArrowBackIcon fontSize="small" aria-hidden />
        {t('order.backToList')}
      </Link>
      {order.data ? (
        <OrderView
          profileId={profileId}
          order={order.data}
          linkState={{ listSearch }}
          pageActions={slots.pageActions}
        />
      ) : order.isError ? (
        <ErrorState error={order.error} onRetry={() => void order.refetch()} retrying={order.isFetching} />
      ) : (
        <LoadingState />
      )}
    </>
  );
}
