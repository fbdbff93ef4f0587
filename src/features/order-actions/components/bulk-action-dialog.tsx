import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CancelReason } from '@/api/order-actions';
import type { OrderSummary } from '@/api/orders';
import { serverNow } from '@/api/server-clock';
import type { ActionRequest } from '../api/send-order-action';
import { useBulkAction } from '../api/use-bulk-action';
import type { ActionContext } from '../model/action-context';
import type { ActionKind } from '../model/action-kind';
import { toWireAmount } from '../model/amount-rules';
import { eligibilityOf } from '../model/eligibility';
import { newIdempotencyKey } from '../model/idempotency-key';
import { totalsByCurrency } from '../model/totals-by-currency';
import { ActionSubmitButton } from './action-submit-button';
import { BulkOrdersTable, type BulkRow } from './bulk-orders-table';
import { CancelReasonField } from './cancel-reason-field';
import { ProfileNotice } from './profile-notice';
import { useFormatMoney } from './use-format-money';

export interface BulkActionDialogProps {
  kind: ActionKind;
  orders: readonly OrderSummary[];
  context: ActionContext;
  onClose: (anyDone: boolean) => void;
}

/**
 * Confirm or cancel several orders at once: every selected order with a checkbox, whether it is
 * eligible and why not, its amount, totals per currency; then the outcome per order and a retry
 * of the failed ones only. Amounts are the whole remainder; partial amounts are for one order.
 */
export function BulkActionDialog({ kind, orders, context, onClose }: BulkActionDialogProps) {
  const { t } = useTranslation();
  const format = useFormatMoney();
  const titleId = useId();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [now] = useState(() => new Date(serverNow()));
  const rows: BulkRow[] = orders.map((order) => ({ order, eligibility: eligibilityOf(order, kind, now) }));
  const [checked, setChecked] = useState<ReadonlySet<string>>(
    () => new Set(rows.filter((row) => row.eligibility.eligible).map((row) => row.order.billnumber)),
  );
  const [reason, setReason] = useState<CancelReason>(1);
  const [typedCount, setTypedCount] = useState('');
  const [countTouched, setCountTouched] = useState(false);
  const { outcomes, run } = useBulkAction(context.cache);
  const pending = run.isPending;

  const included = rows.filter((row) => row.eligibility.eligible && checked.has(row.order.billnumber));
  const failed = included.filter((row) => outcomes.get(row.order.billnumber)?.status === 'failed');
  const doneCount = included.filter((row) => outcomes.get(row.order.billnumber)?.status === 'done').length;
  const started = outcomes.size > 0;
  const targets = started ? failed : included;
  const live = context.profile.mode === 'live';
  const countOk = !live || started || typedCount.trim() === String(included.length);
  const totals = totalsByCurrency(
    included.flatMap(({ eligibility }) =>
      eligibility.eligible ? [{ minor: eligibility.limits.max, currency: eligibility.limits.currency }] : [],
    ),
  );
  const totalsText = totals.map((total) => format(total.minor, total.currency)).join(' · ');

  const toggle = (billnumber: string) =>
    setChecked((previous) => {
      const next = new Set(previous);
      if (next.has(billnumber)) next.delete(billnumber);
      else next.add(billnumber);
      return next;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending || targets.length === 0) return;
    if (!countOk) {
      setCountTouched(true);
      return;
    }
    const requests: ActionRequest[] = targets.flatMap((row) =>
      row.eligibility.eligible
        ? [
            {
              kind,
              profileId: context.profile.id,
              billnumber: row.order.billnumber,
              idempotencyKey,
              amount: toWireAmount(row.eligibility.limits.max, row.eligibility.limits.currency),
              currency: row.eligibility.limits.currency,
              reason,
            },
          ]
        : [],
    );
    run.mutate(requests);
  };

  const close = () => {
    if (!pending) onClose(doneCount > 0);
  };

  // The run disables the button that started it, and a finished run removes it: the focus would
  // fall to the page, out of the dialog's reach (Escape, Tab). It goes to the way out instead.
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const button = closeButton.current;
    if (!started || pending || !button) return;
    if (!button.closest('[role="dialog"]')?.contains(document.activeElement)) button.focus();
  }, [started, pending]);

  return (
    <Dialog open onClose={close} aria-labelledby={titleId} fullWidth maxWidth="md">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>
          {t(kind === 'confirm' ? 'actions.title.bulkConfirm' : 'actions.title.bulkCancel')}
        </DialogTitle>
        <DialogContent>
          <ProfileNotice profile={context.profile} amount={totals.length > 0 && !started ? totalsText : null} />
          <BulkOrdersTable
            rows={rows}
            checked={checked}
            onToggle={toggle}
            outcomes={outcomes}
            locked={pending || started}
          />
          <Typography component="p" sx={{ mt: 1 }} aria-live="polite">
            {t('actions.bulkDialog.selected', { count: included.length, total: rows.length })} ·{' '}
            {totals.length > 0
              ? t('actions.bulkDialog.totals', { totals: totalsText })
              : t('actions.bulkDialog.totalsNone')}
          </Typography>
          {kind === 'cancel' && (
            <CancelReasonField value={reason} onChange={setReason} disabled={pending || started} marginTop={2} />
          )}
          {live && !started && included.length > 0 && (
            <TextField
              label={t('actions.bulkDialog.typeCount', { count: included.length })}
              value={typedCount}
              onChange={(event) => setTypedCount(event.target.value)}
              onBlur={() => setCountTouched(true)}
              error={countTouched && !countOk}
              helperText={countTouched && !countOk ? t('actions.bulkDialog.typeCountMismatch') : undefined}
              slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
              fullWidth
              margin="normal"
              disabled={pending}
            />
          )}
          {started && !pending && (
            <Alert severity={failed.length > 0 ? 'warning' : 'success'} role="status" sx={{ mt: 2 }}>
              {t('actions.bulkDialog.summary', { done: doneCount, failed: failed.length })}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button ref={closeButton} onClick={close} disabled={pending}>
            {started ? t('actions.close') : t('actions.dismiss')}
          </Button>
          {targets.length > 0 && (
            <ActionSubmitButton
              confirm={kind === 'confirm'}
              pending={pending}
              label={
                started
                  ? t('actions.bulkDialog.retryFailed', { count: targets.length })
                  : t('actions.bulkDialog.run', { count: targets.length })
              }
            />
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
