import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '@/api/orders';
import { formatWireAmount } from '@/lib/money';
import { intlLocale } from '@/lib/i18n/i18n';

const COLUMN = { display: 'inline-flex', flexDirection: 'column', alignItems: 'flex-end', lineHeight: 1.3 } as const;
const NOTE = { fontSize: '0.75rem', opacity: 0.72 } as const;

/**
 * The payment's amount; the shop's original amount underneath when conversion changed it.
 * Plain markup with inline styles: it is rendered in every row of the orders grid.
 */
export function PaymentAmount({
  order,
}: {
  order: Pick<OrderSummary, 'amount' | 'currency' | 'orderamount' | 'ordercurrency'>;
}) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const amount = order.amount ?? order.orderamount;
  const currency = order.currency ?? order.ordercurrency;
  const differs = amount !== order.orderamount || currency !== order.ordercurrency;
  return (
    <span style={COLUMN}>
      <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
        {formatWireAmount(amount, currency, locale)}
      </span>
      {differs && (
        <span style={NOTE}>
          {t('orders.originalAmount', { amount: formatWireAmount(order.orderamount, order.ordercurrency, locale) })}
        </span>
      )}
    </span>
  );
}
