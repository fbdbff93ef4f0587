import type { OrderRecord } from './model';

/**
 * The orders of one profile. Kept sorted by creation time so that a period filter is two
 * binary searches and the default sort (newest first) needs no sorting at all.
 */
export interface ProfileStore {
  readonly profileId: string;
  readonly testmode: boolean;
  readonly orders: OrderRecord[];
  readonly byBillnumber: Map<string, OrderRecord>;
  readonly byOrdernumber: Map<string, OrderRecord[]>;
  /** Last billnumber sequence handed out. */
  sequence: number;
}

export function createProfileStore(profileId: string, testmode: boolean): ProfileStore {
  return { profileId, testmode, orders: [], byBillnumber: new Map(), byOrdernumber: new Map(), sequence: 0 };
}

/** First index whose order was created at or after `at`. */
export function lowerBound(orders: readonly OrderRecord[], at: number): number {
  let lo = 0;
  let hi = orders.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (orders[mid]!.createdAt < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose order was created after `at`. */
export function upperBound(orders: readonly OrderRecord[], at: number): number {
  let lo = 0;
  let hi = orders.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (orders[mid]!.createdAt <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function addOrder(store: ProfileStore, order: OrderRecord): void {
  if (store.byBillnumber.has(order.billnumber)) throw new RangeError(`duplicate billnumber ${order.billnumber}`);
  const { orders } = store;
  const last = orders[orders.length - 1];
  // Orders arrive in time order almost always; a back-dated one (test factories) is inserted.
  if (!last || last.createdAt <= order.createdAt) orders.push(order);
  else orders.splice(upperBound(orders, order.createdAt), 0, order);
  store.byBillnumber.set(order.billnumber, order);
  const same = store.byOrdernumber.get(order.ordernumber);
  if (same) same.push(order);
  else store.byOrdernumber.set(order.ordernumber, [order]);
}

/**
 * Billnumbers are the profile id followed by a sequence, 16 digits in all; `step` > 1 leaves
 * gaps, as other shops' orders take numbers in between on a real gateway.
 */
export function nextBillnumber(store: ProfileStore, step = 1): string {
  store.sequence += step;
  return `${store.profileId}${String(store.sequence).padStart(16 - store.profileId.length, '0')}`;
}
