import {
  ORDER_STATES,
  ORDER_VIEWS,
  VIEW_STATES,
  type OrderCounts,
  type OrderFilters,
  type OrderList,
  type OrderListQuery,
  type OrderSort,
  type OrderState,
  type OrderView,
} from '@/api/orders';
import { compileFilters, matches, type CompiledFilters } from './filters';
import type { OrderRecord } from './model';
import { lowerBound, upperBound, type ProfileStore } from './order-store';
import { toSummary, type ViewContext } from './views';

const STATE_RANK = new Map<OrderState, number>(ORDER_STATES.map((state, index) => [state, index]));

/**
 * Matching orders, newest first (or oldest first when `ascending`). Plain loops rather than the
 * generators of `matching` below: on the hot list path a yield per order costs about 10%.
 */
function collect(store: ProfileStore, compiled: CompiledFilters, ascending: boolean): OrderRecord[] {
  if (compiled.exactOrdernumber !== null) {
    const found = [...(store.byOrdernumber.get(compiled.exactOrdernumber) ?? [])];
    found.sort((a, b) => (ascending ? a.createdAt - b.createdAt : b.createdAt - a.createdAt));
    return found;
  }
  const { orders } = store;
  const { lo, hi } = periodRange(orders, compiled);
  const out: OrderRecord[] = [];
  if (ascending) {
    for (let i = lo; i < hi; i += 1) if (matches(compiled, orders[i]!)) out.push(orders[i]!);
  } else {
    for (let i = hi - 1; i >= lo; i -= 1) if (matches(compiled, orders[i]!)) out.push(orders[i]!);
  }
  return out;
}

/**
 * The slice of the date-sorted store inside the period. A period whose start is after its end
 * holds nothing: the slice is empty, never "negative".
 */
function periodRange(orders: readonly OrderRecord[], compiled: CompiledFilters): { lo: number; hi: number } {
  const lo = lowerBound(orders, compiled.from);
  return { lo, hi: Math.max(lo, upperBound(orders, compiled.to)) };
}

/** Stable reorderings of a newest-first list; ties stay newest first. */
function reorder(rows: OrderRecord[], sort: OrderListQuery['sort']): OrderRecord[] {
  switch (sort) {
    case 'orderamount':
      return rows.sort((a, b) => a.orderamount - b.orderamount);
    case '-orderamount':
      return rows.sort((a, b) => b.orderamount - a.orderamount);
    case 'orderstate':
    case '-orderstate': {
      // Nine states: bucket instead of sorting; order follows the lifecycle of ORDER_STATES.
      const buckets: OrderRecord[][] = ORDER_STATES.map(() => []);
      for (const row of rows) buckets[STATE_RANK.get(row.state)!]!.push(row);
      if (sort === '-orderstate') buckets.reverse();
      return buckets.flat();
    }
    case 'confirmdeadline':
    case '-confirmdeadline': {
      // Only a Delayed order has a deadline; the rest follow, newest first, either way.
      const sign = sort === 'confirmdeadline' ? 1 : -1;
      const key = (order: OrderRecord) => (order.state === 'Delayed' ? order.confirmDeadline : null);
      return rows.sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        if (ka === null || kb === null) return ka === kb ? 0 : ka === null ? 1 : -1;
        return sign * (ka - kb);
      });
    }
    default:
      return rows;
  }
}

export function listOrders(store: ProfileStore, query: OrderListQuery, context: ViewContext): OrderList {
  const { page, pageSize, sort } = query;
  const compiled = compileFilters(query);
  const offset = (page - 1) * pageSize;
  const byDate = sort === '-orderdate' || sort === 'orderdate';

  // The default view (no filter but the period) needs neither a pass nor a sort.
  if (byDate && compiled.exactOrdernumber === null && compiled.predicates.length === 0) {
    const { lo, hi } = periodRange(store.orders, compiled);
    const total = hi - lo;
    const items: OrderRecord[] = [];
    for (let k = offset; k < Math.min(total, offset + pageSize); k += 1) {
      items.push(store.orders[sort === '-orderdate' ? hi - 1 - k : lo + k]!);
    }
    return { items: items.map((order) => toSummary(order, context)), total, page, pageSize };
  }

  const rows = reorder(collect(store, compiled, sort === 'orderdate'), sort);
  const items = rows.slice(offset, offset + pageSize).map((order) => toSummary(order, context));
  return { items, total: rows.length, page, pageSize };
}

/** The quick view each state belongs to, from the contract's VIEW_STATES (one source). */
const VIEW_OF = new Map<OrderState, Exclude<OrderView, 'all'>>(
  Object.entries(VIEW_STATES).flatMap(([view, states]) =>
    states.map((state): [OrderState, Exclude<OrderView, 'all'>] => [state, view as Exclude<OrderView, 'all'>]),
  ),
);

export function countOrders(store: ProfileStore, filters: OrderFilters): OrderCounts {
  // The counts label the quick views, each of which sets its own state filter.
  const compiled = compileFilters(filters, { ignoreState: true });
  const counts = Object.fromEntries(ORDER_VIEWS.map((view) => [view, 0])) as OrderCounts;
  for (const order of matching(store, compiled, 'orderdate')) {
    counts.all += 1;
    const view = VIEW_OF.get(order.state);
    if (view !== undefined) counts[view] += 1;
  }
  return counts;
}

/**
 * Matching orders in the requested order, produced one at a time: by date straight off the
 * sorted store (nothing is collected, so an export of any size holds one chunk at a time);
 * other sorts need the matching set first, as references only. The period's bounds are taken
 * now, not at the first pull: orders added while an export is being read are not part of it.
 */
export function matching(store: ProfileStore, compiled: CompiledFilters, sort: OrderSort): Iterable<OrderRecord> {
  if (compiled.exactOrdernumber !== null || (sort !== 'orderdate' && sort !== '-orderdate')) {
    return reorder(collect(store, compiled, sort === 'orderdate'), sort);
  }
  const { orders } = store;
  const { lo, hi } = periodRange(orders, compiled);
  return sort === 'orderdate' ? ascending(orders, compiled, lo, hi) : descending(orders, compiled, lo, hi);
}

function* ascending(orders: readonly OrderRecord[], compiled: CompiledFilters, lo: number, hi: number) {
  for (let i = lo; i < hi; i += 1) if (matches(compiled, orders[i]!)) yield orders[i]!;
}

function* descending(orders: readonly OrderRecord[], compiled: CompiledFilters, lo: number, hi: number) {
  for (let i = hi - 1; i >= lo; i -= 1) if (matches(compiled, orders[i]!)) yield orders[i]!;
}

/** How many orders match, without collecting them. */
export function countMatching(store: ProfileStore, compiled: CompiledFilters): number {
  let count = 0;
  for (const _order of matching(store, compiled, 'orderdate')) count += 1;
  return count;
}
