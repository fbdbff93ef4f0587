import { ORDER_STATES, type OrderFilters, type OrderList, type OrderListQuery, type OrderState } from '@/api/orders';
import { compileFilters, matches, type CompiledFilters } from './filters';
import type { OrderRecord } from './model';
import { lowerBound, upperBound, type ProfileStore } from './order-store';
import { toSummary } from './views';

/** Quick views of the monitor and how many orders each holds under the current filters. */
export interface OrderCounts {
  all: number;
  delayed: number;
  /** Approved + PartialDelayed */
  paid: number;
  /** Canceled + PartialCanceled */
  canceled: number;
  /** Declined + Timeout */
  failed: number;
  inprocess: number;
}

const STATE_RANK = new Map<OrderState, number>(ORDER_STATES.map((state, index) => [state, index]));

/** Matching orders, newest first (or oldest first when `ascending`). */
function collect(store: ProfileStore, compiled: CompiledFilters, ascending: boolean): OrderRecord[] {
  if (compiled.exactOrdernumber !== null) {
    const found = [...(store.byOrdernumber.get(compiled.exactOrdernumber) ?? [])];
    found.sort((a, b) => (ascending ? a.createdAt - b.createdAt : b.createdAt - a.createdAt));
    return found;
  }
  const { orders } = store;
  const lo = lowerBound(orders, compiled.from);
  const hi = upperBound(orders, compiled.to);
  const out: OrderRecord[] = [];
  if (ascending) {
    for (let i = lo; i < hi; i += 1) if (matches(compiled, orders[i]!)) out.push(orders[i]!);
  } else {
    for (let i = hi - 1; i >= lo; i -= 1) if (matches(compiled, orders[i]!)) out.push(orders[i]!);
  }
  return out;
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
    default:
      return rows;
  }
}

export function listOrders(store: ProfileStore, query: OrderListQuery): OrderList {
  const { page, pageSize, sort } = query;
  const compiled = compileFilters(query);
  const offset = (page - 1) * pageSize;
  const byDate = sort === '-orderdate' || sort === 'orderdate';

  // The default view (no filter but the period) needs neither a pass nor a sort.
  if (byDate && compiled.exactOrdernumber === null && compiled.predicates.length === 0) {
    const lo = lowerBound(store.orders, compiled.from);
    const hi = upperBound(store.orders, compiled.to);
    const total = hi - lo;
    const items: OrderRecord[] = [];
    for (let k = offset; k < Math.min(total, offset + pageSize); k += 1) {
      items.push(store.orders[sort === '-orderdate' ? hi - 1 - k : lo + k]!);
    }
    return { items: items.map(toSummary), total, page, pageSize };
  }

  const rows = reorder(collect(store, compiled, sort === 'orderdate'), sort);
  return { items: rows.slice(offset, offset + pageSize).map(toSummary), total: rows.length, page, pageSize };
}

export function countOrders(store: ProfileStore, filters: OrderFilters): OrderCounts {
  // The counts label the quick views, each of which sets its own state filter.
  const rows = collect(store, compileFilters(filters, { ignoreState: true }), true);
  const counts: OrderCounts = { all: rows.length, delayed: 0, paid: 0, canceled: 0, failed: 0, inprocess: 0 };
  for (const row of rows) {
    switch (row.state) {
      case 'Delayed':
        counts.delayed += 1;
        break;
      case 'Approved':
      case 'PartialDelayed':
        counts.paid += 1;
        break;
      case 'Canceled':
      case 'PartialCanceled':
        counts.canceled += 1;
        break;
      case 'Declined':
      case 'Timeout':
        counts.failed += 1;
        break;
      case 'In Process':
        counts.inprocess += 1;
        break;
      case 'PartialApproved':
        break;
    }
  }
  return counts;
}
