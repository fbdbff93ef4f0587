import type { Minor } from './money';
import { OP, type OperationRecord } from './model';

/** Money of an order in the payment currency, derived from its successful operations only. */
export interface OrderMoney {
  authorized: Minor;
  /** Two-stage: sum of confirmations; one-stage: the authorized amount. */
  charged: Minor;
  canceled: Minor;
  confirmed: boolean;
  paymentState: OperationRecord['state'] | null;
}

export function moneyOf(operations: readonly OperationRecord[], delay: boolean): OrderMoney {
  let authorized = 0;
  let confirmedSum = 0;
  let confirmed = false;
  let canceled = 0;
  let paymentState: OperationRecord['state'] | null = null;
  for (const op of operations) {
    if (op.type === OP.payment) {
      paymentState = op.state;
      if (op.state === 'S') authorized += op.amount;
    } else if (op.state !== 'S') {
      continue;
    } else if (op.type === OP.confirmation) {
      confirmed = true;
      confirmedSum += op.amount;
    } else if (op.type === OP.cancel) {
      canceled += op.amount;
    }
  }
  return { authorized, charged: delay ? confirmedSum : authorized, canceled, confirmed, paymentState };
}

/** Points accrued by a bonus programme and not yet cancelled. */
export function bonusRemaining(operations: readonly OperationRecord[]): Minor {
  let remaining = 0;
  for (const op of operations) {
    if (op.state !== 'S') continue;
    if (op.type === OP.bonusAccrual) remaining += op.amount;
    else if (op.type === OP.bonusAccrualCancel) remaining -= op.amount;
  }
  return remaining;
}
