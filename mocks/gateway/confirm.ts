import { checkAmount, type AmountRequest } from './amount-check';
import { confirmability } from './action-rules';
import { GatewayError } from './errors';
import { OP, type OperationRecord, type OrderRecord } from './model';
import { appendOperation, performedBy, refreshState, type Actor } from './operations';
import { withdrawPoints } from './points';
import type { DomainRules } from './settlement';

/**
 * Charges a two-stage payment (full → Approved, partial → PartialDelayed with the rest of the
 * hold released, and the points accrued on the released part cancelled). Whether and how much
 * is decided by confirmability() alone. Returns the operations created.
 */
export function confirmOrder(
  order: OrderRecord,
  request: AmountRequest,
  at: number,
  actor: Actor,
  rules: DomainRules,
): OperationRecord[] {
  const verdict = confirmability(order, at);
  if (!verdict.ok) throw new GatewayError(verdict.refusal);
  const { max, currency } = verdict.limits;
  const amount = checkAmount(request, max, currency);
  const released = max - amount;
  const op = appendOperation(order, {
    type: OP.confirmation,
    state: 'S',
    amount,
    currency,
    at,
    ...performedBy(actor),
  });
  // A partial charge releases the rest of the hold at once, not at the deadline.
  if (released > 0) op.transactions.push({ type: 'reversal', amount: released, currency, state: 'S', date: at });
  order.settleDueAt = rules.nextSettlement(at);
  const created = [
    op,
    ...withdrawPoints(order, released, max, at, actor, 'Начисление баллов уменьшено: подтверждена часть суммы'),
  ];
  refreshState(order);
  return created;
}
