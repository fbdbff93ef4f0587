import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CancelReason, OrderActionResult } from '@/api/order-actions';
import type { OrderDetail, OrderSummary } from '@/api/orders';
import { serverNow } from '@/api/server-clock';
import { useNow } from '@/components/use-now';
import { fetchCurrentOrder } from '../api/fetch-current-order';
import type { ActionRequest } from '../api/send-order-action';
import { useOrderAction } from '../api/use-order-action';
import type { ActionContext } from '../model/action-context';
import type { ActionKind } from '../model/action-kind';
import { checkPartialAmount, toWireAmount } from '../model/amount-rules';
import { eligibilityOf } from '../model/eligibility';
import { newIdempotencyKey } from '../model/idempotency-key';
import { refusalOf } from '../model/refusal';
import { ActionForm, type AmountScope } from './action-form';
import { ActionOutcome } from './action-outcome';
import { ActionSubmitButton } from './action-submit-button';
import { variantOf } from './action-variant';
import { hasBonusAccrual } from './has-bonus-accrual';
import { INELIGIBLE_KEYS, REFUSAL_KEYS } from './message-keys';
import { ProfileNotice } from './profile-notice';
import { RefusalAlert } from './refusal-alert';
import { useAmountError } from './use-amount-error';
import { useFormatMoney } from './use-format-money';

export interface OrderActionDialogProps {
  kind: ActionKind;
  order: OrderSummary | OrderDetail;
  context: ActionContext;
  onClose: () => void;
}

/**
 * Confirm, cancel or refund one order. Mounted once per opening: the Idempotency-Key made here
 * is the intent's, reused by every resend, so a double click, a retry after a timeout or a
 * resend after a lost answer moves the money once.
 */
export function OrderActionDialog({ kind, order, context, onClose }: OrderActionDialogProps) {
  const { t } = useTranslation();
  const format = useFormatMoney();
  const titleId = useId();
  const amountId = useId();
  const now = useNow();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [variant] = useState(() => variantOf(kind, eligibilityOf(order, kind, new Date(serverNow()))));
  const [current, setCurrent] = useState<OrderSummary | null>(null);
  const [scope, setScope] = useState<AmountScope>('full');
  const [amountText, setAmountText] = useState('');
  const [showAmountError, setShowAmountError] = useState(false);
  const [reason, setReason] = useState<CancelReason>(1);
  const [sent, setSent] = useState<ActionRequest | null>(null);
  const inFlight = useRef(false);
  const amountRef = useRef<HTMLInputElement>(null);
  const action = useOrderAction(context.cache);
  const amountMessage = useAmountError();

  const shown = current ?? order;
  const eligibility = eligibilityOf(shown, kind, now);
  const limits = eligibility.eligible ? eligibility.limits : null;
  const partialCheck = limits && scope === 'partial' ? checkPartialAmount(amountText, limits) : null;
  const amountMinor =
    limits === null ? null : partialCheck === null ? limits.max : partialCheck.ok ? partialCheck.minor : null;
  const refusal = action.isError ? refusalOf(action.error) : null;
  const result: OrderActionResult | undefined = action.data;
  const pending = action.isPending;
  const serverAmountError = refusal?.field === 'amount' && scope === 'partial' ? refusal : null;
  const clientAmountError =
    partialCheck !== null && !partialCheck.ok && showAmountError && limits
      ? amountMessage(partialCheck.error, amountText, limits)
      : null;

  const send = (request: ActionRequest) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSent(request);
    action.mutate(request, {
      onError: async (error) => {
        if (!refusalOf(error).stale) return;
        try {
          setCurrent(await fetchCurrentOrder(request.profileId, request.billnumber));
        } catch {
          // The refusal itself is still shown; the current state is a courtesy.
        }
      },
      onSettled: () => {
        inFlight.current = false;
      },
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending || result !== undefined || limits === null) return;
    if (amountMinor === null) {
      setShowAmountError(true);
      amountRef.current?.focus();
      return;
    }
    send({
      kind,
      profileId: context.profile.id,
      billnumber: order.billnumber,
      idempotencyKey,
      amount: toWireAmount(amountMinor, limits.currency),
      currency: limits.currency,
      reason,
    });
  };

  const close = () => {
    if (!pending) onClose();
  };

  const formattedAmount = amountMinor !== null && limits ? format(amountMinor, limits.currency) : null;
  const offersRetry = refusal !== null && serverAmountError === null && refusal.retryable && sent !== null;
  // A final refusal leaves nothing to send; after a lost answer the alert's retry is the one way on.
  const canAct = limits !== null && !(refusal !== null && serverAmountError === null && refusal.final);

  return (
    <Dialog open onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
          {t(`actions.title.${variant}`, { ordernumber: order.ordernumber })}
        </DialogTitle>
        <DialogContent>
          <ProfileNotice profile={context.profile} amount={result ? null : formattedAmount} />
          {result !== undefined ? (
            <ActionOutcome result={result} />
          ) : (
            <>
              {refusal !== null && serverAmountError === null && (
                <RefusalAlert
                  refusal={refusal}
                  current={current}
                  onRetry={refusal.retryable && sent ? () => send(sent) : null}
                  retrying={pending}
                />
              )}
              {eligibility.eligible ? (
                <ActionForm
                  kind={kind}
                  variant={variant}
                  order={shown}
                  limits={eligibility.limits}
                  scope={scope}
                  onScopeChange={(next) => {
                    setScope(next);
                    action.reset();
                  }}
                  amountId={amountId}
                  amountText={amountText}
                  onAmountChange={(next) => {
                    setAmountText(next);
                    if (serverAmountError) action.reset();
                  }}
                  onAmountBlur={() => setShowAmountError(amountText.trim() !== '')}
                  amountError={
                    serverAmountError ? t(`actions.refusal.${REFUSAL_KEYS[serverAmountError.code]}`) : clientAmountError
                  }
                  amountRef={amountRef}
                  amountToMove={formattedAmount}
                  reason={reason}
                  onReasonChange={setReason}
                  disabled={pending || offersRetry}
                  bonus={kind === 'cancel' && hasBonusAccrual(shown)}
                  testProfile={context.profile.mode === 'test'}
                />
              ) : (
                <Alert severity="info" role="note">
                  <Typography component="p" variant="body2">
                    {t('actions.ineligibleNow', {
                      reason: t(`actions.ineligible.${INELIGIBLE_KEYS[eligibility.reason]}`),
                    })}
                  </Typography>
                </Alert>
              )}
            </>
          )}
        </DialogContent>
        <DialogActions>
          {result !== undefined ? (
            <Button onClick={onClose} variant="contained" autoFocus>
              {t('actions.close')}
            </Button>
          ) : (
            <>
              <Button onClick={close} disabled={pending}>
                {/* When nothing can be done, closing is all there is: no «Не выполнять». */}
                {canAct ? t('actions.dismiss') : t('actions.close')}
              </Button>
              {canAct && !offersRetry && (
                <ActionSubmitButton
                  confirm={variant === 'confirm'}
                  pending={pending}
                  label={t(`actions.submit.${variant}`, { amount: formattedAmount ?? '' }).trim()}
                />
              )}
            </>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
