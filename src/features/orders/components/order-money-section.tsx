import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '@/api/orders';
import { FieldList } from '@/components/field-list';
import { Money } from '@/components/money';
import { SectionCard } from '@/components/section-card';

/** The shop's original amount, the payment's amount and what happened to it (in its currency). */
export function OrderMoneySection({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const currency = order.currency ?? order.ordercurrency;
  const converted = order.currency !== null && order.currency !== order.ordercurrency;
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
              value: t('order.fields.rateValue', { from: order.ordercurrency, rate: order.rate, to: currency }),
            },
          {
            label: t('order.fields.authorized'),
            value: <Money amount={order.totals.authorized} currency={currency} />,
          },
          { label: t('order.fields.charged'), value: <Money amount={order.totals.charged} currency={currency} /> },
          { label: t('order.fields.canceled'), value: <Money amount={order.totals.canceled} currency={currency} /> },
          { label: t('order.fields.remaining'), value: <Money amount={order.totals.remaining} currency={currency} /> },
        ]}
      />
    </SectionCard>
  );
}
