import { checkAmount, type AmountRequest } from './amount-check';
import { cancellability, paymentCurrency } from './action-rules';
import { GatewayError, illegalState, SECONDCODE } from './errors';
import type { Minor } from './money';
import { OP, type CancelReason, type OperationRecord, type OrderRecord } from './model';
import { appendOperation, performedBy, refreshState, SYSTEM_ACTOR, type Actor } from './operations';
import { withdrawPoints } from './points';
import { moneyOf } from './totals';

export interface CancelRequest extends AmountRequest {
  reason?: CancelReason;
}

/**
 * Cancels or refunds all or part of what the order still holds. Whether, how much and which
 * transaction (reversal before settlement, refund after it or for refund-only schemes) is
 * decided by cancellability() alone. Returns the operations created: the cancel, plus the
 * "Спасибо" points given back and the accrual cancelled, when there are any.
 */
export function cancelOrder(order: OrderRecord, request: CancelRequest, at: number, actor: Actor): OperationRecord[] {
  const verdict = cancellability(order);
  if (!verdict.ok) throw new GatewayError(verdict.refusal);
  const { max, currency, partial, transaction } = verdict.limits;
  const amount = checkAmount(request, max, currency);
  if (!partial && amount < max) {
    throw new GatewayError(
      illegalState(
        'partial-not-allowed',
        'Частичная отмена двухстадийного платежа возможна только после подтверждения',
        SECONDCODE.amount,
      ),
    );
  }
  return reverse(order, amount, max, at, actor, request.reason ?? 1, null, transaction);
}

/** A Delayed order left unconfirmed past its deadline: the hold is reversed by "system". */
export function expireHold(order: OrderRecord, at: number): void {
  if (order.state !== 'Delayed') return;
  const money = moneyOf(order.operations, order.delay);
  reverse(
    order,
    money.authorized,
    money.authorized,
    at,
    SYSTEM_ACTOR,
    1,
    'Срок подтверждения истёк: блокировка снята',
    'reversal',
  );
  order.confirmDeadline = null;
}

/**
 * Gives `amount` of what remains back: a reversal before settlement, a refund after it. On a
 * refund-only scheme before settlement the refund cannot be sent yet: the operation is created
 * (state N) and sent right after the scheduled settlement (settle.ts), which stays on its
 * schedule. The points follow the money (points.ts).
 */
function reverse(
  order: OrderRecord,
  amount: Minor,
  remaining: Minor,
  at: number,
  actor: Actor,
  reason: CancelReason,
  message: string | null,
  transaction: 'reversal' | 'refund',
): OperationRecord[] {
  const currency = paymentCurrency(order);
  const settled = order.settledAt !== null;
  const queued = transaction === 'refund' && !settled;
  const cancel = appendOperation(order, {
    type: OP.cancel,
    state: queued ? 'N' : 'S',
    amount,
    currency,
    at,
    ...performedBy(actor),
    reason,
    message: queued ? 'Возврат будет отправлен после ежедневного расчёта' : message,
    transaction: queued ? null : { type: settled ? 'refund' : 'reversal', state: 'S' },
  });
  // Nothing left to settle after a full reversal; a partial one settles the remainder later.
  if (amount === remaining && !settled && !queued) order.settleDueAt = null;
  const created = [
    cancel,
    ...withdrawPoints(order, amount, remaining, at, actor, 'Отмена начисления бонусов «Спасибо»'),
  ];
  refreshState(order);
  return created;
}
