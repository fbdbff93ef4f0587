import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { OrderActionResult } from '@/api/order-actions';
import { Money } from '@/components/money';
import { OPERATION_TYPE_KEYS, orderStateLabelKey } from '@/lib/i18n/domain-labels';

/**
 * What the gateway did, one line per operation it created (a cancel and, for a "Спасибо" order,
 * the points-accrual cancel) with the transactions each sent to processing.
 */
export function ActionOutcome({ result }: { result: OrderActionResult }) {
  const { t } = useTranslation();
  return (
    <Alert severity="success" role="status" sx={{ mb: 2 }}>
      <AlertTitle>{t('actions.outcome.title', { state: t(orderStateLabelKey(result.order.orderstate)) })}</AlertTitle>
      <Typography component="h3" variant="subtitle2">
        {t('actions.outcome.operations')}
      </Typography>
      <ul aria-label={t('actions.outcome.operations')} style={{ margin: 0, paddingLeft: '1.25rem' }}>
        {result.operations.map((operation) => (
          <li key={operation.billnumber}>
            {t(`operationType.${OPERATION_TYPE_KEYS[operation.type]}`)} {operation.billnumber} —{' '}
            <Money amount={operation.amount} currency={operation.currency} />, {t(`operationState.${operation.state}`)}
            {operation.transactions.length > 0 && (
              <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
                {operation.transactions.map((transaction) => (
                  <li key={transaction.id}>
                    {t(`transactionType.${transaction.type}`)}:{' '}
                    <Money amount={transaction.amount} currency={transaction.currency} />,{' '}
                    {t(`transactionState.${transaction.state}`)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
