import { checkAmount, type AmountRequest } from './amount-check';
import { FIRSTCODE, GatewayError, illegalState, SECONDCODE } from './errors';
import { OP, type OperationRecord, type OrderRecord } from './model';
import { appendOperation, refreshState, type Actor } from './operations';
import type { DomainRules } from './settlement';
import { moneyOf } from './totals';

/**
 * Charges a two-stage payment (full → Approved, partial → PartialDelayed with the rest of the
 * hold released). Only a Delayed order within its 4-day window can be confirmed, and only once.
 */
export function confirmOrder(
  order: OrderRecord,
  request: AmountRequest,
  at: number,
  actor: Actor,
  rules: DomainRules,
): OperationRecord {
  if (!order.delay) throw illegalState('Одностадийный платёж не требует подтверждения');
  if (order.state !== 'Delayed') {
    const again = order.operations.some((op) => op.type === OP.confirmation && op.state === 'S');
    throw illegalState(again ? 'Заказ уже подтверждён' : `Заказ в состоянии ${order.state} нельзя подтвердить`);
  }
  if (order.confirmDeadline !== null && at > order.confirmDeadline) {
    throw new GatewayError({
      status: 409,
      firstcode: FIRSTCODE.timedOut,
      secondcode: SECONDCODE.order,
      message: 'Срок подтверждения истёк',
    });
  }
  const money = moneyOf(order.operations, order.delay);
  const currency = order.currency ?? order.ordercurrency;
  const amount = checkAmount(request, money.authorized, currency);
  const released = money.authorized - amount;
  const op = appendOperation(order, {
    type: OP.confirmation,
    state: 'S',
    amount,
    currency,
    at,
    user: actor.user,
    ip: actor.ip ?? null,
  });
  // A partial charge releases the rest of the hold at once, not at the deadline.
  if (released > 0) op.transactions.push({ type: 'reversal', amount: released, currency, state: 'S', date: at });
  order.settleDueAt = rules.nextSettlement(at);
  refreshState(order);
  return op;
}
