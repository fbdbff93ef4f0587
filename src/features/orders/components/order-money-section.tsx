import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '@/api/orders';
import { FieldList } from '@/components/field-list';
import { Money } from '@/components/money';
import { SectionCard } from '@/components/section-card';
import { intlLocale } from '@/lib/i18n/i18n';
import { formatDecimal, parseAmount, toDecimalString } from '@/lib/money';

/**
 * What a confirmation left of the hold and gave back to the card: once anything is charged, the
 * authorized amount beyond the charge was released (a partial confirmation releases the rest).
 */
function releasedOf(order: OrderDetail): string | null {
  const charged = parseAmount(order.totals.charged);
  const released = parseAmount(order.totals.authorized) - charged;
  return charged > 0n && released > 0n ? toDecimalString(released) : null;
}

/** The shop's original amount, the payment's amount and what happened to it (in its currency). */
export function OrderMoneySection({ order }: { order: OrderDetail }) {
  const { t, i18n } = useTranslation();
  const currency = order.currency ?? order.ordercurrency;
  const converted = order.currency !== null && order.currency !== order.ordercurrency;
  const released = releasedOf(order);
  return (
    <SectionCard title={t('order.sections.money')}>
      <FieldList
        fields={[
          {
            label: t('order.fields.orderamount'),
            value: <Money amount={order.orderamount} currency={order.ordercurrency} />,
          },
          order.amount !== null && {
            label: t('order.fields.amount'),
            value: <Money amount={order.amount} currency={currency} />,
          },
          converted &&
            order.rate !== null && {
              label: t('order.fields.rate'),
              value: t('order.fields.rateValue', {
                from: order.ordercurrency,
                rate: formatDecimal(order.rate, intlLocale(i18n.language)),
                to: currency,
              }),
            },
          {
            label: t('order.fields.authorized'),
            value: <Money amount={order.totals.authorized} currency={currency} />,
          },
          { label: t('order.fields.charged'), value: <Money amount={order.totals.charged} currency={currency} /> },
          released !== null && {
            label: t('ux.money.released'),
            value: <Money amount={released} currency={currency} />,
          },
          { label: t('order.fields.canceled'), value: <Money amount={order.totals.canceled} currency={currency} /> },
          { label: t('order.fields.remaining'), value: <Money amount={order.totals.remaining} currency={currency} /> },
        ]}
      />
    </SectionCard>
  );
}
