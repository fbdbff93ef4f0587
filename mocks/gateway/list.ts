import {
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
import type { OrderRecord } from './model';
import { page, queryOrders } from './order-query';
import type { ProfileStore } from './order-store';
import { toSummary, type ViewContext } from './views';

/** One page of the matching orders; the indexes keep it a slice read, not a pass over the store. */
export function listOrders(store: ProfileStore, query: OrderListQuery, context: ViewContext): OrderList {
  const { page: number, pageSize, sort } = query;
  const matches = queryOrders(store, query);
  const items = page(matches.rows(sort), (number - 1) * pageSize, pageSize).map((order) => toSummary(order, context));
  return { items, total: matches.total(), page: number, pageSize };
}

/** The quick view each state belongs to, from the contract's VIEW_STATES (one source). */
const VIEW_OF = new Map<OrderState, Exclude<OrderView, 'all'>>(
  Object.entries(VIEW_STATES).flatMap(([view, states]) =>
    states.map((state): [OrderState, Exclude<OrderView, 'all'>] => [state, view as Exclude<OrderView, 'all'>]),
  ),
);

export function countOrders(store: ProfileStore, filters: OrderFilters): OrderCounts {
  // The counts label the quick views, each of which sets its own state filter.
  const counts = Object.fromEntries(ORDER_VIEWS.map((view) => [view, 0])) as OrderCounts;
  for (const [state, count] of queryOrders(store, filters, { ignoreState: true }).perState()) {
    counts.all += count;
    const view = VIEW_OF.get(state);
    if (view !== undefined) counts[view] += count;
  }
  return counts;
}

/**
 * Matching orders in the requested order, produced one at a time (an export of any size holds
 * one chunk at a time), and how many there are. The period's bounds are taken now, not at the
 * first pull: orders added while an export is being read are not part of it.
 */
export function matching(
  store: ProfileStore,
  filters: OrderFilters,
  sort: OrderSort,
): { total: number; rows: Iterable<OrderRecord> } {
  const matches = queryOrders(store, filters);
  return { total: matches.total(), rows: matches.rows(sort) };
}
