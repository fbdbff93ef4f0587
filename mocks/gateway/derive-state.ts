import type { OrderState } from '@/api/orders';
import type { OperationRecord } from './model';
import type { Minor } from './money';
import { moneyOf } from './totals';

/**
 * The order state as a pure function of its operations (docs/domain.md §2–3). The store keeps the
 * state alongside for fast lists; property tests check the two never disagree.
 */
export function deriveState(operations: readonly OperationRecord[], delay: boolean): OrderState {
  const money = moneyOf(operations, delay);
  switch (money.paymentState) {
    case null:
    case 'N':
    case 'P':
      return 'In Process';
    case 'F':
      return 'Declined';
    case 'T':
      return 'Timeout';
    case 'S':
      break;
  }
  if (delay && !money.confirmed) return money.canceled > 0 ? 'Canceled' : 'Delayed';
  if (money.canceled >= money.charged) return 'Canceled';
  if (money.canceled > 0) return 'PartialCanceled';
  if (delay && money.charged < money.authorized) return 'PartialDelayed';
  return 'Approved';
}

/**
 * What can still be confirmed (Delayed) or cancelled/refunded (paid states): the `max` of the
 * action rules and the order's `totals.remaining`, from one formula.
 */
export function remainingOf(operations: readonly OperationRecord[], delay: boolean, state: OrderState): Minor {
  const money = moneyOf(operations, delay);
  switch (state) {
    case 'Delayed':
      return money.authorized;
    case 'Approved':
    case 'PartialDelayed':
    case 'PartialCanceled':
      return money.charged - money.canceled;
    default:
      return 0;
  }
}
