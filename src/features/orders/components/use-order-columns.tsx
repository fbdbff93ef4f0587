import Box from '@mui/material/Box';
import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '@/api/orders';
import { DateTime } from '@/components/date-time';
import { useMerchantTimeZone } from '@/components/merchant-time-zone';
import { OrderStateChip } from '@/components/order-state-chip';
import { TestModeChip } from '@/components/test-mode-chip';
import { utcOffsetLabel } from '@/lib/dates';
import { customerName } from '../model/customer';
import { PaymentAmount } from './payment-amount';
import { PaymentMeansText } from './payment-means-text';

/**
 * Columns of the orders grid. Only date, amount and state sort (on the server); the rest show.
 * Column fields that sort are the API's sort names.
 */
export function useOrderColumns(): GridColDef<OrderSummary>[] {
  const { t } = useTranslation();
  const timeZone = useMerchantTimeZone();
  return useMemo<GridColDef<OrderSummary>[]>(
    () => [
      {
        field: 'orderdate',
        headerName: t('orders.columns.date', { offset: utcOffsetLabel(new Date(), timeZone) }),
        width: 190,
        sortingOrder: ['desc', 'asc'],
        renderCell: ({ row }) => <DateTime value={row.orderdate} withZone={false} />,
      },
      {
        field: 'ordernumber',
        headerName: t('orders.columns.ordernumber'),
        flex: 1,
        minWidth: 170,
        sortable: false,
        renderCell: ({ row }) => (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
            <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
              {row.ordernumber}
            </Box>
            {row.testmode && <TestModeChip label={t('orders.testMark')} title={t('orders.testMarkLabel')} />}
          </Box>
        ),
      },
      {
        field: 'billnumber',
        headerName: t('orders.columns.billnumber'),
        width: 170,
        sortable: false,
      },
      {
        field: 'orderstate',
        headerName: t('orders.columns.state'),
        width: 210,
        sortingOrder: ['asc', 'desc'],
        renderCell: ({ row }) => <OrderStateChip state={row.orderstate} />,
      },
      {
        field: 'orderamount',
        headerName: t('orders.columns.amount'),
        width: 170,
        align: 'right',
        headerAlign: 'right',
        sortingOrder: ['desc', 'asc'],
        renderCell: ({ row }) => <PaymentAmount order={row} />,
      },
      {
        field: 'paymentmeans',
        headerName: t('orders.columns.means'),
        width: 230,
        sortable: false,
        renderCell: ({ row }) => <PaymentMeansText means={row.paymentmeans} />,
      },
      {
        field: 'cardholder',
        headerName: t('monitoring.columns.cardholder'),
        width: 180,
        sortable: false,
        valueGetter: (_value, row) => row.paymentmeans?.cardholder ?? '',
      },
      {
        field: 'customer',
        headerName: t('orders.columns.customer'),
        flex: 1,
        minWidth: 160,
        sortable: false,
        valueGetter: (_value, row) => customerName(row.customer) ?? '',
      },
      {
        field: 'email',
        headerName: t('orders.columns.email'),
        flex: 1,
        minWidth: 180,
        sortable: false,
        valueGetter: (_value, row) => row.customer.email ?? '',
      },
      {
        field: 'processing',
        headerName: t('monitoring.columns.processing'),
        width: 150,
        sortable: false,
        valueGetter: (_value, row) => row.processing ?? '',
      },
      {
        field: 'threedsresult',
        headerName: t('monitoring.columns.threeds'),
        width: 170,
        sortable: false,
        valueGetter: (_value, row) => (row.threedsresult === null ? '' : t(`threeDs.${row.threedsresult}`)),
      },
    ],
    [t, timeZone],
  );
}
