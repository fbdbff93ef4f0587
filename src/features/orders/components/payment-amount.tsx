import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '@/api/orders';
import { Money } from '@/components/money';
import { formatWireAmount } from '@/lib/money';
import { intlLocale } from '@/lib/i18n/i18n';

/** The payment's amount; the shop's original amount underneath when conversion changed it. */
export function PaymentAmount({
  order,
}: {
  order: Pick<OrderSummary, 'amount' | 'currency' | 'orderamount' | 'ordercurrency'>;
}) {
  const { t, i18n } = useTranslation();
  const amount = order.amount ?? order.orderamount;
  const currency = order.currency ?? order.ordercurrency;
  const differs = amount !== order.orderamount || currency !== order.ordercurrency;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end', lineHeight: 1.3 }}>
      <Money amount={amount} currency={currency} />
      {differs && (
        <Box component="span" sx={{ fontSize: '0.75rem', color: 'text.secondary' }}>
          {t('orders.originalAmount', {
            amount: formatWireAmount(order.orderamount, order.ordercurrency, intlLocale(i18n.language)),
          })}
        </Box>
      )}
    </Box>
  );
}
