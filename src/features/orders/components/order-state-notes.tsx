import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { Operation, OrderDetail } from '@/api/orders';
import { useMerchantTimeZone } from '@/components/merchant-time-zone';
import { useNow } from '@/components/use-now';
import { useTimeLeftText } from '@/components/use-time-left-text';
import { formatDateTime, timeUntil } from '@/lib/dates';
import { urgencyOf } from '@/lib/deadline-urgency';
import { intlLocale } from '@/lib/i18n/i18n';

const PAYMENT = '100';
const SUCCESS = 'AS000';

/** The payment operation that failed, whose answer says why the order was declined. */
function failedPayment(order: OrderDetail): Operation | undefined {
  return order.operations.findLast(
    (operation) => operation.type === PAYMENT && operation.responsecode !== null && operation.responsecode !== SUCCESS,
  );
}

/** A held payment's deadline and how urgent it is, where the eye goes: under the state. */
function DeadlineNote({ deadline }: { deadline: string }) {
  const { t, i18n } = useTranslation();
  const timeZone = useMerchantTimeZone();
  const now = useNow();
  const timeLeftText = useTimeLeftText();
  const urgency = urgencyOf(deadline, now);
  const left = timeUntil(deadline, now);
  const when = formatDateTime(deadline, timeZone, intlLocale(i18n.language));
  return (
    <Alert
      severity={urgency === 'normal' ? 'info' : 'warning'}
      sx={{ mb: 2 }}
      action={urgency === 'urgent' && <Chip size="small" color="warning" label={t('ux.orderState.deadlineUrgent')} />}
    >
      {left === null
        ? t('ux.orderState.deadlinePassed', { deadline: when })
        : t('ux.orderState.deadline', { deadline: when, left: timeLeftText(left) })}
    </Alert>
  );
}

/** What the state alone does not say: the confirmation deadline of a hold, the reason of a decline. */
export function OrderStateNotes({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  if (order.orderstate === 'Delayed' && order.confirmdeadline !== null) {
    return <DeadlineNote deadline={order.confirmdeadline} />;
  }
  if (order.orderstate === 'Declined') {
    const payment = failedPayment(order);
    if (!payment?.responsecode) return null;
    return (
      <Alert severity="error" sx={{ mb: 2 }}>
        {payment.message
          ? t('ux.orderState.declineReason', { code: payment.responsecode, message: payment.message })
          : t('ux.orderState.declineReasonCode', { code: payment.responsecode })}
      </Alert>
    );
  }
  return null;
}
