import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '@/api/orders';
import { useMerchantTimeZone } from '@/components/merchant-time-zone';
import { STATE_COLORS } from '@/components/order-state-colors';
import { formatDateTime, utcOffsetLabel } from '@/lib/dates';
import { orderStateLabelKey } from '@/lib/i18n/domain-labels';
import { cachingT } from '@/lib/i18n/caching-t';
import { intlLocale } from '@/lib/i18n/i18n';
import type { SortDirection } from '../model/list-sort';
import { customerName } from '../model/customer';
import type { OrderLinkState } from '../model/paths';
import { paymentAmountCell } from './payment-amount';
import { paymentMeansCell } from './payment-means-text';

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

/** Where an order's page is; stable for a profile, so a new filter re-renders no row. */
export type OrderHref = OrderLinks['href'];

/**
 * Columns of the orders grid. Only date, amount and state sort (on the server); the rest show.
 * Column fields that sort are the API's sort names. Cells are plain markup styled by the grid's
 * one style sheet (orders-grid-layout.ts): a page of 100 rows renders no styled component per
 * cell, which is what made the first render slow.
 */
export function useOrderColumns(href: OrderHref): OrderColumn[] {
  const { t: translate, i18n } = useTranslation();
  const timeZone = useMerchantTimeZone();
  const locale = intlLocale(i18n.language);
  return useMemo<OrderColumn[]>(() => {
    const t = cachingT(translate);
    return [
      {
        field: 'orderdate',
        header: t('orders.columns.date', { offset: utcOffsetLabel(new Date(), timeZone) }),
        sortingOrder: ['desc', 'asc'],
        minWidth: 150,
        phone: 'date',
        render: (row) => (
          <time dateTime={row.orderdate}>{formatDateTime(row.orderdate, timeZone, locale, { withZone: false })}</time>
        ),
      },
      {
        field: 'ordernumber',
        header: t('orders.columns.ordernumber'),
        minWidth: 130,
        phone: 'title',
        render: (row) => (
          <>
            {/*
              A real link: Ctrl-click, middle click and "open in new tab" work as anywhere. A plain
              click is the grid's (one handler for the table), which opens the order in the app.
            */}
            <a className="order-link" href={href(row)}>
              {row.ordernumber}
            </a>
            {row.testmode && (
              <span className="test-mark" title={t('orders.testMarkLabel')}>
                {t('orders.testMark')}
              </span>
            )}
          </>
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
        render: (row) => (
          <span
            className="order-state"
            data-state={row.orderstate}
            data-tone={STATE_COLORS[row.orderstate]}
            data-outlined={row.orderstate.startsWith('Partial') || undefined}
          >
            {t(orderStateLabelKey(row.orderstate))}
          </span>
        ),
      },
      {
        field: 'orderamount',
        header: t('orders.columns.amount'),
        align: 'right',
        sortingOrder: ['desc', 'asc'],
        minWidth: 110,
        phone: 'amount',
        render: (row) => paymentAmountCell(row, t, locale),
      },
      {
        field: 'paymentmeans',
        header: t('orders.columns.means'),
        minWidth: 140,
        phone: 'hidden',
        render: (row) => paymentMeansCell(row.paymentmeans, t),
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
    ];
  }, [translate, timeZone, locale, href]);
}
