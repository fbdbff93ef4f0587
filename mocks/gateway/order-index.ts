import { ORDER_STATES, type OrderState } from '@/api/orders';
import type { OrderRecord } from './model';
import type { ProfileStore } from './order-store';

/**
 * Secondary indexes of one profile's orders, so that the monitor's common queries (a state
 * filter, sorting by amount, an order-number mask) read a slice instead of passing over every
 * order. Built on first use, then kept in step order by order: whoever changes an order's
 * state or payment amount calls `reindexOrder` (the gateway does, after every action and every
 * event that falls due).
 */
export interface OrderIndex {
  /** Each state's orders by creation time, oldest first (the store's own order). */
  readonly byState: ReadonlyMap<OrderState, readonly OrderRecord[]>;
  /** By displayed amount, smallest first, within each currency group; ties newest first. */
  readonly byAmountAsc: readonly OrderRecord[];
  /** By displayed amount, largest first, within each currency group; ties newest first. */
  readonly byAmountDesc: readonly OrderRecord[];
  /** By lower-cased order number, for the literal prefix of a mask. */
  readonly byOrdernumber: readonly OrderRecord[];
  /** Each state's orders summed per currency (displayed amounts, minor units): totals without a pass. */
  readonly sumsByState: ReadonlyMap<OrderState, CurrencySums>;
}

/** Per currency: how many orders and their displayed amounts added up, in minor units. */
export type CurrencySums = Map<string, { count: number; amount: number }>;

/** Adds one order's displayed amount to `sums` (`sign` -1 takes it away). */
export function addToSums(sums: CurrencySums, currency: string, amount: number, sign: 1 | -1 = 1): void {
  const sum = sums.get(currency) ?? { count: 0, amount: 0 };
  sum.count += sign;
  sum.amount += sign * amount;
  if (sum.count === 0) sums.delete(currency);
  else sums.set(currency, sum);
}

interface Indexed {
  state: OrderState;
  currency: string;
  amount: number;
}

interface MutableIndex extends OrderIndex {
  readonly byState: Map<OrderState, OrderRecord[]>;
  readonly byAmountAsc: OrderRecord[];
  readonly byAmountDesc: OrderRecord[];
  readonly byOrdernumber: OrderRecord[];
  readonly sumsByState: Map<OrderState, CurrencySums>;
  readonly entries: Map<OrderRecord, Indexed>;
}

const INDEXES = new WeakMap<ProfileStore, MutableIndex>();

/** What the amount column shows: the payment's amount, the shop's amount before payment. */
export function displayedAmount(order: OrderRecord): { amount: number; currency: string } {
  return { amount: order.amount ?? order.orderamount, currency: order.currency ?? order.ordercurrency };
}

/**
 * Orders in different currencies are not compared by number: roubles come first, the other
 * currencies follow by their code (EUR, KZT, USD …), each group sorted by amount.
 */
export function currencyRank(currency: string): string {
  return currency === 'RUB' ? '' : currency;
}

const byCreation = (a: OrderRecord, b: OrderRecord) =>
  a.createdAt - b.createdAt || (a.billnumber < b.billnumber ? -1 : a.billnumber > b.billnumber ? 1 : 0);

function amountOrder(direction: 1 | -1) {
  return (a: OrderRecord, b: OrderRecord) => {
    const ra = currencyRank(a.currency ?? a.ordercurrency);
    const rb = currencyRank(b.currency ?? b.ordercurrency);
    if (ra !== rb) return ra < rb ? -1 : 1;
    return direction * ((a.amount ?? a.orderamount) - (b.amount ?? b.orderamount)) || -byCreation(a, b);
  };
}

export const AMOUNT_ASC = amountOrder(1);
export const AMOUNT_DESC = amountOrder(-1);

export const ordernumberKey = (order: OrderRecord) => order.ordernumber.toLowerCase();

const byOrdernumber = (a: OrderRecord, b: OrderRecord) => {
  const ka = ordernumberKey(a);
  const kb = ordernumberKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : byCreation(a, b);
};

/** Sorts by a key computed once per order rather than once per comparison. */
function sortedByOrdernumber(orders: readonly OrderRecord[]): OrderRecord[] {
  const keyed = orders.map((order) => ({ order, key: ordernumberKey(order) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : byCreation(a.order, b.order)));
  return keyed.map(({ order }) => order);
}

/** First position at which `order` may be inserted keeping `sorted` in `compare` order. */
function insertionPoint<T>(sorted: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(sorted[mid]!, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insert<T>(sorted: T[], item: T, compare: (a: T, b: T) => number): void {
  sorted.splice(insertionPoint(sorted, item, compare), 0, item);
}

/** Removes `item`, found by binary search under an order its position still follows. */
function remove<T>(sorted: T[], item: T, compare: (a: T, b: T) => number): void {
  for (let i = insertionPoint(sorted, item, compare); i < sorted.length; i += 1) {
    if (sorted[i] === item) {
      sorted.splice(i, 1);
      return;
    }
  }
}

function snapshot(order: OrderRecord): Indexed {
  return { state: order.state, ...displayedAmount(order) };
}

function build(store: ProfileStore): MutableIndex {
  const byState = new Map<OrderState, OrderRecord[]>(ORDER_STATES.map((state) => [state, []]));
  const sumsByState = new Map<OrderState, CurrencySums>(ORDER_STATES.map((state) => [state, new Map()]));
  const entries = new Map<OrderRecord, Indexed>();
  const orders = [...store.orders].sort(byCreation);
  for (const order of orders) {
    const entry = snapshot(order);
    byState.get(order.state)!.push(order);
    addToSums(sumsByState.get(entry.state)!, entry.currency, entry.amount);
    entries.set(order, entry);
  }
  return {
    byState,
    byAmountAsc: [...orders].sort(AMOUNT_ASC),
    byAmountDesc: [...orders].sort(AMOUNT_DESC),
    byOrdernumber: sortedByOrdernumber(orders),
    sumsByState,
    entries,
  };
}

export function indexOf(store: ProfileStore): OrderIndex {
  let index = INDEXES.get(store);
  if (!index) {
    index = build(store);
    INDEXES.set(store, index);
  }
  return index;
}

/**
 * Brings the indexes up to date with one order that was added or changed. The creation time
 * and the order number never change; the state often does; the displayed amount once, when
 * the buyer pays (its old place is then found by identity, since it no longer sorts there).
 */
export function reindexOrder(store: ProfileStore, order: OrderRecord): void {
  const index = INDEXES.get(store);
  if (!index) return;
  const before = index.entries.get(order);
  const now = snapshot(order);
  if (!before) insert(index.byOrdernumber, order, byOrdernumber);
  if (before) addToSums(index.sumsByState.get(before.state)!, before.currency, before.amount, -1);
  addToSums(index.sumsByState.get(now.state)!, now.currency, now.amount);
  if (before?.state !== now.state) {
    if (before) remove(index.byState.get(before.state)!, order, byCreation);
    insert(index.byState.get(now.state)!, order, byCreation);
  }
  if (before?.amount !== now.amount || before.currency !== now.currency) {
    for (const sorted of [index.byAmountAsc, index.byAmountDesc]) {
      const at = before ? sorted.indexOf(order) : -1;
      if (at >= 0) sorted.splice(at, 1);
    }
    insert(index.byAmountAsc, order, AMOUNT_ASC);
    insert(index.byAmountDesc, order, AMOUNT_DESC);
  }
  index.entries.set(order, now);
}
