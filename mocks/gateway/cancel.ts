import type { Brand } from '@/api/orders';
import { checkAmount, type AmountRequest } from './amount-check';
import { illegalState, SECONDCODE } from './errors';
import { share, type Minor } from './money';
import { OP, type CancelReason, type OperationRecord, type OrderRecord } from './model';
import { appendOperation, refreshState, SYSTEM_ACTOR, type Actor } from './operations';
import { settleOrder } from './settle';
import { bonusRemaining, moneyOf } from './totals';

/** Schemes whose processing supports no reversal: a cancel is always a refund there. */
const REFUND_ONLY: ReadonlySet<Brand> = new Set<Brand>(['JCB', 'AMEX']);

export interface CancelRequest extends AmountRequest {
  reason?: CancelReason;
}

const CANCELLABLE = new Set(['Delayed', 'Approved', 'PartialDelayed', 'PartialCanceled']);

/**
 * Cancels or refunds all or part of what the order still holds. The gateway picks the
 * transaction: reversal before settlement, refund after it (or always, for refund-only schemes).
 * Returns the operations created: the cancel, plus a bonus-accrual cancel when points were given.
 */
export function cancelOrder(order: OrderRecord, request: CancelRequest, at: number, actor: Actor): OperationRecord[] {
  if (!CANCELLABLE.has(order.state)) {
    throw illegalState(`Заказ в состоянии ${order.state} нельзя отменить`);
  }
  const money = moneyOf(order.operations, order.delay);
  const remaining = order.state === 'Delayed' ? money.authorized : money.charged - money.canceled;
  const amount = checkAmount(request, remaining, order.currency ?? order.ordercurrency);
  if (order.state === 'Delayed' && amount < remaining) {
    throw illegalState(
      'Частичная отмена двухстадийного платежа возможна только после подтверждения',
      SECONDCODE.amount,
    );
  }
  // Refund-only schemes settle first and refund; an unconfirmed hold has nothing to settle and
  // is simply released.
  if (order.settledAt === null && order.means && REFUND_ONLY.has(order.means.brand) && order.state !== 'Delayed') {
    settleOrder(order, at);
  }
  return reverse(order, amount, remaining, at, actor, request.reason ?? 1, null);
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
  const currency = order.currency ?? order.ordercurrency;
  const settled = order.settledAt !== null;
  const created: OperationRecord[] = [
    appendOperation(order, {
      type: OP.cancel,
      state: 'S',
      amount,
      currency,
      at,
      user: actor.user,
      ip: actor.ip ?? null,
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
        user: actor.user,
        ip: actor.ip ?? null,
        message: 'Отмена начисления бонусов «Спасибо»',
      }),
    );
  }
  refreshState(order);
  return created;
}
