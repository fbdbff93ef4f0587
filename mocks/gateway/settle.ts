import { arnFor } from './codes';
import { OP, type OperationRecord, type OrderRecord } from './model';
import { extendedBillnumber } from './operations';
import { moneyOf } from './totals';

/** The operation whose money the financial transaction moves: the last confirmation, or the payment. */
function settledOperation(order: OrderRecord): OperationRecord | undefined {
  const type = order.delay ? OP.confirmation : OP.payment;
  return order.operations.findLast((op) => op.type === type && op.state === 'S');
}

/**
 * Sends the financial transaction for what is still charged. After this a cancel can no longer
 * be a reversal: it becomes a refund.
 */
export function settleOrder(order: OrderRecord, at: number): void {
  order.settleDueAt = null;
  if (order.settledAt !== null) return;
  const money = moneyOf(order.operations, order.delay);
  const amount = money.charged - money.canceled;
  const op = settledOperation(order);
  if (amount <= 0 || !op) return;
  op.transactions.push({ type: 'financial', amount, currency: op.currency, state: 'S', date: at });
  op.arn = arnFor(extendedBillnumber(order, op));
  order.settledAt = at;
}
