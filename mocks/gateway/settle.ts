import { arnFor } from './codes';
import { OP, type OperationRecord, type OrderRecord } from './model';
import { extendedBillnumber, SUCCESS_CODE } from './operations';
import { moneyOf } from './totals';

/** The operation whose money the financial transaction moves: the last confirmation, or the payment. */
function settledOperation(order: OrderRecord): OperationRecord | undefined {
  const type = order.delay ? OP.confirmation : OP.payment;
  return order.operations.findLast((op) => op.type === type && op.state === 'S');
}

const isQueuedRefund = (op: OperationRecord) => op.type === OP.cancel && op.state === 'N';

/**
 * Sends the financial transaction for what is still charged. After this a cancel can no longer
 * be a reversal: it becomes a refund.
 */
export function settleOrder(order: OrderRecord, at: number): void {
  order.settleDueAt = null;
  if (order.settledAt !== null) return;
  const money = moneyOf(order.operations, order.delay);
  // Refunds waiting for this settlement (refund-only schemes) are settled first, then refunded.
  let queuedAmount = 0;
  for (const op of order.operations) if (isQueuedRefund(op)) queuedAmount += op.amount;
  const amount = money.charged - money.canceled + queuedAmount;
  const op = settledOperation(order);
  if (amount <= 0 || !op) return;
  op.transactions.push({ type: 'financial', amount, currency: op.currency, state: 'S', date: at });
  op.arn = arnFor(extendedBillnumber(order, op));
  order.settledAt = at;
  if (queuedAmount === 0) return;
  for (const refund of order.operations) {
    if (!isQueuedRefund(refund)) continue;
    refund.transactions.push({
      type: 'refund',
      amount: refund.amount,
      currency: refund.currency,
      state: 'S',
      date: at,
    });
    refund.state = 'S';
    refund.end = at;
    refund.responsecode = SUCCESS_CODE;
    refund.message = null;
  }
}
