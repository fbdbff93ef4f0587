import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '@/api/orders';
import { FieldList } from '@/components/field-list';
import { SectionCard } from '@/components/section-card';
import { customerName } from '../model/customer';

export function OrderCustomerSection({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <SectionCard title={t('order.sections.customer')}>
      <FieldList
        fields={[
          { label: t('order.fields.name'), value: customerName(order.customer) ?? none },
          { label: t('order.fields.email'), value: order.customer.email ?? none },
          { label: t('order.fields.phone'), value: order.customer.phone ?? none },
        ]}
      />
    </SectionCard>
  );
}
