import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '@/api/orders';
import { formatWireAmount } from '@/lib/money';
import { intlLocale } from '@/lib/i18n/i18n';

const COLUMN = { display: 'inline-flex', flexDirection: 'column', alignItems: 'flex-end', lineHeight: 1.3 } as const;
const AMOUNT = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
const NOTE = { fontSize: '0.75rem', opacity: 0.72 } as const;

type AmountFields = Pick<OrderSummary, 'amount' | 'currency' | 'orderamount' | 'ordercurrency'>;

/**
 * The payment's amount; the shop's original amount underneath when conversion changed it.
 * Plain markup and no hooks: the orders grid calls it for every row with the grid's own `t`
 * and locale, so a page of rows subscribes to nothing.
 */
export function paymentAmountCell(order: AmountFields, t: TFunction, locale: string) {
  const amount = order.amount ?? order.orderamount;
  const currency = order.currency ?? order.ordercurrency;
  const differs = amount !== order.orderamount || currency !== order.ordercurrency;
  return (
    <span style={COLUMN}>
      <span style={AMOUNT}>{formatWireAmount(amount, currency, locale)}</span>
      {differs && (
        <span style={NOTE}>
          {t('orders.originalAmount', { amount: formatWireAmount(order.orderamount, order.ordercurrency, locale) })}
        </span>
      )}
    </span>
  );
}

/** The same amount where it is rendered on its own (an order's linked orders). */
export function PaymentAmount({ order }: { order: AmountFields }) {
  const { t, i18n } = useTranslation();
  return paymentAmountCell(order, t, intlLocale(i18n.language));
}
