import { checkAmount, type AmountRequest } from './amount-check';
import { cancellability, paymentCurrency } from './action-rules';
import { GatewayError, illegalState, SECONDCODE } from './errors';
import { share, type Minor } from './money';
import { OP, type CancelReason, type OperationRecord, type OrderRecord } from './model';
import { appendOperation, performedBy, refreshState, SYSTEM_ACTOR, type Actor } from './operations';
import { settleOrder } from './settle';
import { bonusRemaining, moneyOf } from './totals';

export interface CancelRequest extends AmountRequest {
  reason?: CancelReason;
}

/**
 * Cancels or refunds all or part of what the order still holds. Whether, how much and which
 * transaction (reversal before settlement, refund after it or for refund-only schemes) is
 * decided by cancellability() alone. Returns the operations created: the cancel, plus a
 * bonus-accrual cancel when points were given.
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
  // A refund needs a settled payment: refund-only schemes settle first, then refund.
  if (transaction === 'refund' && order.settledAt === null) settleOrder(order, at);
  return reverse(order, amount, max, at, actor, request.reason ?? 1, null);
}

/** A Delayed order left unconfirmed past its deadline: the hold is reversed by "system". */
export function expireHold(order: OrderRecord, at: number): void {
  if (order.state !== 'Delayed') return;
  const money = moneyOf(order.operations, order.delay);
  reverse(order, money.authorized, money.authorized, at, SYSTEM_ACTOR, 1, 'Срок подтверждения истёк: блокировка снята');
  order.confirmDeadline = null;
}

function reverse(
  order: OrderRecord,
  amount: Minor,
  remaining: Minor,
  at: number,
  actor: Actor,
  reason: CancelReason,
  message: string | null,
): OperationRecord[] {
  const currency = paymentCurrency(order);
  const settled = order.settledAt !== null;
  const created: OperationRecord[] = [
    appendOperation(order, {
      type: OP.cancel,
      state: 'S',
      amount,
      currency,
      at,
      ...performedBy(actor),
      reason,
      message,
      transaction: { type: settled ? 'refund' : 'reversal', state: 'S' },
    }),
  ];
  const full = amount === remaining;
  // Nothing left to settle after a full reversal; a partial one settles the remainder later.
  if (full && !settled) order.settleDueAt = null;
  const points = bonusRemaining(order.operations);
  const pointsBack = full ? points : share(points, amount, remaining);
  if (pointsBack > 0) {
    created.push(
      appendOperation(order, {
        type: OP.bonusAccrualCancel,
        state: 'S',
        amount: pointsBack,
        currency,
        at,
        ...performedBy(actor),
        message: 'Отмена начисления бонусов «Спасибо»',
      }),
    );
  }
  refreshState(order);
  return created;
}
