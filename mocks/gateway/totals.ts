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

/**
 * A cancel counts once the gateway has accepted it: done (`S`), or created and waiting to be
 * sent (`N`, a refund on a refund-only scheme queued for the day's settlement).
 */
export function isAcceptedCancel(op: OperationRecord): boolean {
  return op.type === OP.cancel && (op.state === 'S' || op.state === 'N');
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
    } else if (isAcceptedCancel(op)) {
      canceled += op.amount;
    } else if (op.state !== 'S') {
      continue;
    } else if (op.type === OP.confirmation) {
      confirmed = true;
      confirmedSum += op.amount;
    }
  }
  return { authorized, charged: delay ? confirmedSum : authorized, canceled, confirmed, paymentState };
}

/** "Спасибо" points of one kind still standing: accrued and not cancelled, or paid and not given back. */
export type PointsKind = 'accrued' | 'paid';

const POINTS_OPS = {
  accrued: [OP.bonusAccrual, OP.bonusAccrualCancel],
  paid: [OP.bonusPayment, OP.bonusPaymentCancel],
} as const;

export function bonusRemaining(operations: readonly OperationRecord[], kind: PointsKind = 'accrued'): Minor {
  const [plus, minus] = POINTS_OPS[kind];
  let remaining = 0;
  for (const op of operations) {
    if (op.state !== 'S') continue;
    if (op.type === plus) remaining += op.amount;
    else if (op.type === minus) remaining -= op.amount;
  }
  return remaining;
}
