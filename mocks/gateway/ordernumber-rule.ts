import { FIRSTCODE, GatewayError, SECONDCODE } from './errors';
import { OP, type OrderRecord } from './model';
import type { ProfileStore } from './order-store';

/** Whether the order's payment succeeded (whatever happened to the money afterwards). */
function paid(order: OrderRecord): boolean {
  return order.operations.some((op) => op.type === OP.payment && op.state === 'S');
}

/** The order that holds the successful payment under this order number, if any. */
export function paidUnder(store: ProfileStore, ordernumber: string): OrderRecord | undefined {
  return store.byOrdernumber.get(ordernumber)?.find(paid);
}

/**
 * One successful payment per order number (docs/domain.md §1): a failed attempt may be retried
 * under the same number (with a new billnumber), a paid one may not. The gateway answers its
 * duplicate code, firstcode 11.
 */
export function assertOrdernumberUnpaid(store: ProfileStore, ordernumber: string, except?: OrderRecord): void {
  const holder = paidUnder(store, ordernumber);
  if (holder === undefined || holder === except) return;
  throw new GatewayError({
    code: 'ordernumber-paid',
    status: 409,
    firstcode: FIRSTCODE.duplicate,
    secondcode: SECONDCODE.order,
    field: 'ordernumber',
    message: `Заказ с номером ${ordernumber} уже оплачен (${holder.billnumber})`,
  });
}
