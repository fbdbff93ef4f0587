import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { OrderDetail } from '@/api/orders';
import { DateTime } from '@/components/date-time';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { OrderStateChip } from '@/components/order-state-chip';
import { SectionCard } from '@/components/section-card';
import { sameOrdernumberQueryOptions } from '../api/order-queries';
import { orderPath, type OrderLinkState } from '../model/paths';
import { PaymentAmount } from './payment-amount';

/**
 * Other orders under the same order number (a shop retries a declined payment with the same
 * number), found by the list with the exact number, as the monitor's own search would.
 */
export function LinkedOrdersSection({
  profileId,
  order,
  linkState,
}: {
  profileId: string;
  order: OrderDetail;
  linkState: OrderLinkState;
}) {
  const { t } = useTranslation();
  const tableId = useId();
  const same = useQuery(sameOrdernumberQueryOptions(profileId, order.ordernumber));
  // A number with "%" went as a mask; only the exact ones share the number.
  const others =
    same.data?.items.filter(
      (candidate) => candidate.ordernumber === order.ordernumber && candidate.billnumber !== order.billnumber,
    ) ?? [];
  return (
    <SectionCard title={t('monitoring.linked.title')}>
      {same.isPending ? (
        <LoadingState />
      ) : same.isError ? (
        <ErrorState error={same.error} onRetry={() => void same.refetch()} retrying={same.isFetching} />
      ) : others.length === 0 ? (
        <Typography color="text.secondary">{t('monitoring.linked.none')}</Typography>
      ) : (
        <>
          <Table size="small" id={tableId} aria-label={t('monitoring.linked.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('orders.columns.billnumber')}</TableCell>
                <TableCell>{t('order.fields.orderdate')}</TableCell>
                <TableCell>{t('orders.columns.state')}</TableCell>
                <TableCell align="right">{t('orders.columns.amount')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {others.map((other) => (
                <TableRow key={other.billnumber}>
                  <TableCell>
                    <Link component={RouterLink} to={orderPath(profileId, other.billnumber)} state={linkState}>
                      {other.billnumber}
                    </Link>
                  </TableCell>
                  <TableCell>
                    <DateTime value={other.orderdate} />
                  </TableCell>
                  <TableCell>
                    <OrderStateChip state={other.orderstate} />
                  </TableCell>
                  <TableCell align="right">
                    <PaymentAmount order={other} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {same.data.total > same.data.items.length && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {t('monitoring.linked.more', { shown: same.data.items.length, total: same.data.total })}
            </Typography>
          )}
        </>
      )}
    </SectionCard>
  );
}
