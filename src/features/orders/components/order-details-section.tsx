import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '@/api/orders';
import { CopyButton } from '@/components/copy-button';
import { DateTime } from '@/components/date-time';
import { FieldList } from '@/components/field-list';
import { SectionCard } from '@/components/section-card';
import { currentLanguage } from '@/lib/i18n/i18n';
import { organisationName } from '@/lib/i18n/organisation-names';

/** Numbers, dates and the payment scheme; for a held payment, the confirmation deadline (its urgency is under the state). */
export function OrderDetailsSection({ order }: { order: OrderDetail }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  const awaitingConfirmation = order.orderstate === 'Delayed' && order.confirmdeadline !== null;
  return (
    <SectionCard title={t('order.sections.details')}>
      <FieldList
        fields={[
          {
            label: t('order.fields.ordernumber'),
            value: (
              <>
                {order.ordernumber}
                <CopyButton value={order.ordernumber} label={t('order.fields.ordernumber')} />
              </>
            ),
          },
          {
            label: t('order.fields.billnumber'),
            value: (
              <>
                {order.billnumber}
                <CopyButton value={order.billnumber} label={t('order.fields.billnumber')} />
              </>
            ),
          },
          { label: t('order.fields.orderdate'), value: <DateTime value={order.orderdate} /> },
          {
            label: t('order.fields.mode'),
            value: order.testmode ? t('order.fields.modeTest') : t('order.fields.modeLive'),
          },
          {
            label: t('order.fields.stages'),
            value: order.delay ? t('order.fields.twoStage') : t('order.fields.oneStage'),
          },
          awaitingConfirmation && {
            label: t('order.fields.deadline'),
            value: <DateTime value={order.confirmdeadline ?? ''} />,
          },
          { label: t('order.fields.settled'), value: order.settled ? t('common.yes') : t('common.no') },
          { label: t('order.fields.cancelcount'), value: order.cancelcount },
          {
            label: t('order.fields.processing'),
            value:
              order.processing === null ? none : organisationName(order.processing, currentLanguage(i18n.language)),
          },
        ]}
      />
    </SectionCard>
  );
}
