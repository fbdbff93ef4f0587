import { ORDER_STATES, type OrderFilters, type OrderSort, type OrderState } from '@/api/orders';
import { compileFilters } from './filters';
import type { OrderRecord } from './model';
import {
  AMOUNT_ASC,
  AMOUNT_DESC,
  addToSums,
  displayedAmount,
  indexOf,
  ordernumberKey,
  type CurrencySums,
  type OrderIndex,
} from './order-index';
import { lowerBound, upperBound, type ProfileStore } from './order-store';

type Predicate = (order: OrderRecord) => boolean;

/**
 * One request's filters, read against the indexes: the period and the states select slices of
 * the per-state lists, a mask with a literal prefix selects a slice of the order-number index,
 * and whatever is left is checked order by order on that slice only.
 */
export interface OrderQuery {
  /** How many orders match. */
  total(): number;
  /** The matching orders in the order of `sort`, produced as they are pulled. */
  rows(sort: OrderSort): Iterable<OrderRecord>;
  /** How many matching orders there are in each state. */
  perState(): Map<OrderState, number>;
  /** The matching orders' displayed amounts per currency: whole state lists from the index, the rest by a pass over their slice only. */
  sums(): CurrencySums;
}

/** The slices count as few below this share of the profile's orders (1 in 8). */
const FEW_CANDIDATES_SHARE = 8;

const STATE_RANK = new Map<OrderState, number>(ORDER_STATES.map((state, index) => [state, index]));

const newestFirst = (a: OrderRecord, b: OrderRecord) =>
  b.createdAt - a.createdAt || (a.billnumber < b.billnumber ? 1 : a.billnumber > b.billnumber ? -1 : 0);

/** Only a Delayed order has a deadline; the rest follow, newest first, either way. */
function deadlineComparator(direction: 1 | -1) {
  const key = (order: OrderRecord) => (order.state === 'Delayed' ? order.confirmDeadline : null);
  return (a: OrderRecord, b: OrderRecord) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? newestFirst(a, b) : ka === null ? 1 : -1;
    return direction * (ka - kb) || newestFirst(a, b);
  };
}

const COMPARATORS: Record<OrderSort, (a: OrderRecord, b: OrderRecord) => number> = {
  '-orderdate': newestFirst,
  orderdate: (a, b) => -newestFirst(a, b),
  '-orderamount': AMOUNT_DESC,
  orderamount: AMOUNT_ASC,
  // The lifecycle order of ORDER_STATES; within a state, newest first.
  orderstate: (a, b) => STATE_RANK.get(a.state)! - STATE_RANK.get(b.state)! || newestFirst(a, b),
  '-orderstate': (a, b) => STATE_RANK.get(b.state)! - STATE_RANK.get(a.state)! || newestFirst(a, b),
  confirmdeadline: deadlineComparator(1),
  '-confirmdeadline': deadlineComparator(-1),
};

/** The literal start of a mask, when it is plain ASCII (lower-casing then matches the mask's own case folding). */
function literalPrefix(ordernumber: string | undefined): string | null {
  if (ordernumber === undefined || !ordernumber.includes('%')) return null;
  const prefix = ordernumber.slice(0, ordernumber.indexOf('%'));
  return /^[\x20-\x7e]+$/.test(prefix) ? prefix.toLowerCase() : null;
}

function prefixSlice(sorted: readonly OrderRecord[], prefix: string): readonly OrderRecord[] {
  const bound = (key: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ordernumberKey(sorted[mid]!) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return sorted.slice(bound(prefix), bound(`${prefix}\uffff`));
}

interface Slice {
  state: OrderState;
  orders: readonly OrderRecord[];
  lo: number;
  hi: number;
}

/** Date-ordered slices merged into one newest-first (or oldest-first) stream. */
function* merged(slices: readonly Slice[], ascending: boolean, keep: Predicate): Generator<OrderRecord> {
  const heads = slices.map((slice) => (ascending ? slice.lo : slice.hi - 1));
  for (;;) {
    let best = -1;
    for (let s = 0; s < slices.length; s += 1) {
      const slice = slices[s]!;
      const at = heads[s]!;
      if (at < slice.lo || at >= slice.hi) continue;
      if (best < 0) {
        best = s;
        continue;
      }
      const order = newestFirst(slice.orders[at]!, slices[best]!.orders[heads[best]!]!);
      if (ascending ? order > 0 : order < 0) best = s;
    }
    if (best < 0) return;
    const order = slices[best]!.orders[heads[best]!]!;
    heads[best] = heads[best]! + (ascending ? 1 : -1);
    if (keep(order)) yield order;
  }
}

function* filtered(orders: Iterable<OrderRecord>, keep: Predicate): Generator<OrderRecord> {
  for (const order of orders) if (keep(order)) yield order;
}

export function queryOrders(
  store: ProfileStore,
  filters: OrderFilters,
  options: { ignoreState?: boolean } = {},
): OrderQuery {
  const index: OrderIndex = indexOf(store);
  const compiled = compileFilters({ ...filters, state: undefined });
  const { from, to } = compiled;
  const wanted = options.ignoreState || !filters.state?.length ? null : new Set<OrderState>(filters.state);
  const states = wanted ? ORDER_STATES.filter((state) => wanted.has(state)) : ORDER_STATES;
  const predicates = compiled.predicates;
  const rest: Predicate = (order) => predicates.every((predicate) => predicate(order));
  const inPeriod = (order: OrderRecord) => order.createdAt >= from && order.createdAt <= to;
  const prefix = literalPrefix(filters.ordernumber);
  // A full order number is an exact lookup that ignores every other filter (docs/domain.md §7).
  const exact = compiled.exactOrdernumber;
  const accept: Predicate =
    exact !== null
      ? () => true
      : (order) => inPeriod(order) && (wanted === null || wanted.has(order.state)) && rest(order);
  /** A short list to check instead of the per-state slices, when the order number gives one. */
  const prefixed =
    exact !== null
      ? (store.byOrdernumber.get(exact) ?? [])
      : prefix === null
        ? null
        : prefixSlice(index.byOrdernumber, prefix);

  const slices = (only: readonly OrderState[]): Slice[] =>
    only.map((state) => {
      const orders = index.byState.get(state)!;
      const lo = lowerBound(orders, from);
      return { state, orders, lo, hi: Math.max(lo, upperBound(orders, to)) };
    });

  const perState = (): Map<OrderState, number> => {
    const counts = new Map<OrderState, number>(states.map((state) => [state, 0]));
    if (prefixed !== null) {
      for (const order of prefixed) if (accept(order)) counts.set(order.state, (counts.get(order.state) ?? 0) + 1);
      return counts;
    }
    for (const slice of slices(states)) {
      let count = slice.hi - slice.lo;
      if (predicates.length > 0) {
        count = 0;
        for (let i = slice.lo; i < slice.hi; i += 1) if (rest(slice.orders[i]!)) count += 1;
      }
      counts.set(slice.state, count);
    }
    return counts;
  };

  const sums = (): CurrencySums => {
    const out: CurrencySums = new Map();
    const add = (order: OrderRecord) => {
      const { currency, amount } = displayedAmount(order);
      addToSums(out, currency, amount);
    };
    if (prefixed !== null) {
      for (const order of prefixed) if (accept(order)) add(order);
      return out;
    }
    for (const slice of slices(states)) {
      if (predicates.length === 0 && slice.lo === 0 && slice.hi === slice.orders.length) {
        for (const [currency, sum] of index.sumsByState.get(slice.state)!) {
          const into = out.get(currency) ?? { count: 0, amount: 0 };
          out.set(currency, { count: into.count + sum.count, amount: into.amount + sum.amount });
        }
        continue;
      }
      for (let i = slice.lo; i < slice.hi; i += 1) if (rest(slice.orders[i]!)) add(slice.orders[i]!);
    }
    return out;
  };

  /** The orders of the state and period slices that pass the other filters, in no order. */
  const candidates = (): OrderRecord[] => {
    const out: OrderRecord[] = [];
    for (const slice of slices(states)) {
      for (let i = slice.lo; i < slice.hi; i += 1) if (rest(slice.orders[i]!)) out.push(slice.orders[i]!);
    }
    return out;
  };
  /**
   * Walking the whole amount index for a few hundred Delayed orders checks most of it before a
   * page is full; when the state and period slices are a small part of the profile, sorting
   * just them is cheaper.
   */
  const fewCandidates = () =>
    slices(states).reduce((size, slice) => size + slice.hi - slice.lo, 0) * FEW_CANDIDATES_SHARE <
    index.byAmountDesc.length;

  const rows = (sort: OrderSort): Iterable<OrderRecord> => {
    if (prefixed !== null) return prefixed.filter(accept).sort(COMPARATORS[sort]);
    switch (sort) {
      case '-orderdate':
      case 'orderdate':
        return merged(slices(states), sort === 'orderdate', rest);
      case '-orderamount':
      case 'orderamount':
        if (fewCandidates()) return candidates().sort(COMPARATORS[sort]);
        return filtered(sort === 'orderamount' ? index.byAmountAsc : index.byAmountDesc, accept);
      case 'orderstate':
      case '-orderstate': {
        const order = sort === 'orderstate' ? states : [...states].reverse();
        return (function* () {
          for (const slice of slices(order)) yield* merged([slice], false, rest);
        })();
      }
      default:
        return candidates().sort(COMPARATORS[sort]);
    }
  };

  return {
    total: () => [...perState().values()].reduce((sum, count) => sum + count, 0),
    rows,
    perState,
    sums,
  };
}

/** Orders `offset` … `offset + limit` of a stream, pulling no further than that. */
export function page<T>(rows: Iterable<T>, offset: number, limit: number): T[] {
  const out: T[] = [];
  let seen = 0;
  for (const row of rows) {
    if (seen >= offset) out.push(row);
    seen += 1;
    if (out.length === limit) break;
  }
  return out;
}
