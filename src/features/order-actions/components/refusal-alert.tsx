import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '@/api/orders';
import { OrderStateChip } from '@/components/order-state-chip';
import { orderStateLabelKey } from '@/lib/i18n/domain-labels';
import type { Refusal } from '../model/refusal';
import { REFUSAL_KEYS } from './message-keys';

export interface RefusalAlertProps {
  refusal: Refusal;
  /** The order as the gateway has it now, read after a conflict. */
  current: OrderSummary | null;
  onRetry: (() => void) | null;
  retrying: boolean;
}

/** Why the gateway said no (or did not answer), what the order is now, and a retry when safe. */
export function RefusalAlert({ refusal, current, onRetry, retrying }: RefusalAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert
      severity={refusal.retryable ? 'warning' : 'error'}
      role="alert"
      sx={{ mb: 2 }}
      action={
        onRetry && (
          <Button color="inherit" variant="outlined" size="small" onClick={onRetry} disabled={retrying}>
            {t('actions.retry')}
          </Button>
        )
      }
    >
      {refusal.stale && <AlertTitle>{t('actions.stale.title')}</AlertTitle>}
      <Typography component="p" variant="body2">
        {t(`actions.refusal.${REFUSAL_KEYS[refusal.code]}`)}
      </Typography>
      {refusal.detail !== null && (
        <Typography component="p" variant="caption" color="text.secondary">
          {refusal.detail}
        </Typography>
      )}
      {current !== null && (
        // A div, not a p: the state chip inside is a div.
        <Typography component="div" variant="body2" sx={{ mt: 1, display: 'flex', gap: 1, alignItems: 'center' }}>
          {t('actions.stale.now', { state: t(orderStateLabelKey(current.orderstate)) })}
          <OrderStateChip state={current.orderstate} />
        </Typography>
      )}
      {onRetry && refusal.code !== 'network' && (
        // The lost-answer message says this already; the others do not.
        <Typography component="p" variant="caption">
          {t('actions.retryHint')}
        </Typography>
      )}
    </Alert>
  );
}
