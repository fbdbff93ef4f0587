import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { OrderSummary } from '@/api/orders';
import { DateTime } from '@/components/date-time';
import { useMerchantTimeZone } from '@/components/merchant-time-zone';
import { OrderStateChip } from '@/components/order-state-chip';
import { TestModeChip } from '@/components/test-mode-chip';
import { utcOffsetLabel } from '@/lib/dates';
import type { SortDirection } from '../model/list-sort';
import { customerName } from '../model/customer';
import type { OrderLinkState } from '../model/paths';
import { PaymentAmount } from './payment-amount';
import { PaymentMeansText } from './payment-means-text';

/**
 * Where a column's cell goes on a phone, where each order is a small card: the order number
 * (a link) on top, date and amount under it, state and customer below; the rest is left to the
 * order's own page.
 */
export type PhoneArea = 'title' | 'date' | 'amount' | 'state' | 'customer' | 'hidden';

export interface OrderColumn {
  field: string;
  header: string;
  /** Directions a click on the header goes through, first one first; absent when it does not sort. */
  sortingOrder?: readonly SortDirection[];
  align?: 'right';
  /** A width the column never goes under, so the table wraps text before it squeezes a column. */
  minWidth: number;
  phone: PhoneArea;
  render: (order: OrderSummary) => ReactNode;
}

/** How the order-number cell links to the order, keeping the list the user came from. */
export interface OrderLinks {
  href: (order: OrderSummary) => string;
  state: OrderLinkState;
}

/**
 * Columns of the orders grid. Only date, amount and state sort (on the server); the rest show.
 * Column fields that sort are the API's sort names.
 */
export function useOrderColumns(links: OrderLinks): OrderColumn[] {
  const { t } = useTranslation();
  const timeZone = useMerchantTimeZone();
  return useMemo<OrderColumn[]>(
    () => [
      {
        field: 'orderdate',
        header: t('orders.columns.date', { offset: utcOffsetLabel(new Date(), timeZone) }),
        sortingOrder: ['desc', 'asc'],
        minWidth: 150,
        phone: 'date',
        render: (row) => <DateTime value={row.orderdate} withZone={false} />,
      },
      {
        field: 'ordernumber',
        header: t('orders.columns.ordernumber'),
        minWidth: 130,
        phone: 'title',
        render: (row) => (
          <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            {/* A real link: Ctrl-click, middle click and "open in new tab" work as anywhere. */}
            <Link component={RouterLink} to={links.href(row)} state={links.state} sx={{ fontWeight: 500 }}>
              {row.ordernumber}
            </Link>
            {row.testmode && <TestModeChip label={t('orders.testMark')} title={t('orders.testMarkLabel')} />}
          </Box>
        ),
      },
      {
        field: 'billnumber',
        header: t('orders.columns.billnumber'),
        minWidth: 140,
        phone: 'hidden',
        render: (row) => row.billnumber,
      },
      {
        field: 'orderstate',
        header: t('orders.columns.state'),
        sortingOrder: ['asc', 'desc'],
        minWidth: 150,
        phone: 'state',
        render: (row) => <OrderStateChip state={row.orderstate} />,
      },
      {
        field: 'orderamount',
        header: t('orders.columns.amount'),
        align: 'right',
        sortingOrder: ['desc', 'asc'],
        minWidth: 110,
        phone: 'amount',
        render: (row) => <PaymentAmount order={row} />,
      },
      {
        field: 'paymentmeans',
        header: t('orders.columns.means'),
        minWidth: 140,
        phone: 'hidden',
        render: (row) => <PaymentMeansText means={row.paymentmeans} />,
      },
      {
        field: 'cardholder',
        header: t('monitoring.columns.cardholder'),
        minWidth: 130,
        phone: 'hidden',
        render: (row) => row.paymentmeans?.cardholder ?? '',
      },
      {
        field: 'customer',
        header: t('orders.columns.customer'),
        minWidth: 130,
        phone: 'customer',
        render: (row) => customerName(row.customer) ?? '',
      },
      {
        field: 'email',
        header: t('orders.columns.email'),
        minWidth: 150,
        phone: 'hidden',
        render: (row) => row.customer.email ?? '',
      },
      {
        field: 'processing',
        header: t('monitoring.columns.processing'),
        minWidth: 120,
        phone: 'hidden',
        render: (row) => row.processing ?? '',
      },
      {
        field: 'threedsresult',
        header: t('monitoring.columns.threeds'),
        minWidth: 120,
        phone: 'hidden',
        render: (row) => (row.threedsresult === null ? '' : t(`threeDs.${row.threedsresult}`)),
      },
    ],
    [t, timeZone, links],
  );
}
