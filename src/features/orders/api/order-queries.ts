import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { callEndpoint } from '@/api/client';
import { orderEndpoints } from '@/api/order-endpoints';
import type { OrderFilters } from '@/api/orders';
import { DEFAULT_LIST_QUERY, toListWireQuery, type ListQuery } from '../model/list-query';
import { refreshIntervalFor } from '../model/refresh-policy';

/** Every key starts with the profile: test and live data never share a cache entry. */
export const orderKeys = {
  all: (profileId: string) => ['profiles', profileId, 'orders'] as const,
  lists: (profileId: string) => [...orderKeys.all(profileId), 'list'] as const,
  list: (profileId: string, query: ListQuery) => [...orderKeys.lists(profileId), query] as const,
  counts: (profileId: string, filters: OrderFilters) => [...orderKeys.all(profileId), 'counts', filters] as const,
  totals: (profileId: string, filters: OrderFilters) => [...orderKeys.all(profileId), 'totals', filters] as const,
  details: (profileId: string) => [...orderKeys.all(profileId), 'detail'] as const,
  detail: (profileId: string, billnumber: string) => [...orderKeys.details(profileId), billnumber] as const,
};

/** While the next answer loads the previous one stays on screen, but never another profile's. */
function keepPreviousOfProfile(profileId: string) {
  return <T>(previous: T | undefined, previousQuery: { queryKey: readonly unknown[] } | undefined) =>
    previousQuery?.queryKey[1] === profileId ? keepPreviousData(previous) : undefined;
}

/** One page of a profile's orders, straight from the gateway (the list query's fetch). */
export function fetchOrderPage(profileId: string, query: ListQuery, signal?: AbortSignal) {
  return callEndpoint(orderEndpoints.listOrders, { params: { profileId }, query: toListWireQuery(query), signal });
}

/** How many orders each quick view holds under the filters (the counts query's fetch). */
export function fetchOrderCounts(profileId: string, filters: OrderFilters, signal?: AbortSignal) {
  return callEndpoint(orderEndpoints.countOrders, {
    params: { profileId },
    query: { ...filters, state: undefined },
    signal,
  });
}

/**
 * One page of a profile's orders. While the next page loads the previous one stays on screen,
 * but only within the same profile. A failed page is not refetched merely because the page
 * mounts: the loader has just tried, and the page offers a retry.
 */
export function orderListQueryOptions(profileId: string, query: ListQuery) {
  return queryOptions({
    queryKey: orderKeys.list(profileId, query),
    queryFn: ({ signal }) => fetchOrderPage(profileId, query, signal),
    placeholderData: keepPreviousOfProfile(profileId),
    retryOnMount: false,
    // Orders "In Process" change on their own: the page on screen follows them while it is seen.
    refetchInterval: (query) => refreshIntervalFor(query.state.data?.items.map((order) => order.orderstate) ?? []),
    refetchIntervalInBackground: false,
  });
}

/**
 * How many orders each quick view holds under the filters; the server counts, the browser never
 * loads orders for it. The state filter is not part of the key: switching views reuses the counts.
 */
export function orderCountsQueryOptions(profileId: string, filters: OrderFilters) {
  return queryOptions({
    queryKey: orderKeys.counts(profileId, filters),
    queryFn: ({ signal }) => fetchOrderCounts(profileId, filters, signal),
    placeholderData: keepPreviousOfProfile(profileId),
    refetchInterval: (query) => refreshIntervalFor((query.state.data?.inprocess ?? 0) > 0 ? ['In Process'] : []),
    refetchIntervalInBackground: false,
  });
}

/** What the filtered list adds up to, per currency, summed by the server over every match. */
export function orderTotalsQueryOptions(profileId: string, filters: OrderFilters) {
  return queryOptions({
    queryKey: orderKeys.totals(profileId, filters),
    queryFn: ({ signal }) =>
      callEndpoint(orderEndpoints.orderTotals, {
        params: { profileId },
        query: { ...filters, state: filters.state?.join(',') },
        signal,
      }),
    placeholderData: keepPreviousOfProfile(profileId),
  });
}

/**
 * Orders sharing an order number (a retried payment makes a new order under the same number).
 * A number without "%" is an exact match; one with "%" is sent as a mask that matches it too,
 * and the caller keeps only the exact ones.
 */
export function sameOrdernumberQueryOptions(profileId: string, ordernumber: string) {
  return orderListQueryOptions(profileId, { ...DEFAULT_LIST_QUERY, ordernumber, pageSize: 100 });
}

/** One order with its operations and their transactions; failures, like the list's, wait for a retry. */
export function orderDetailQueryOptions(profileId: string, billnumber: string) {
  return queryOptions({
    queryKey: orderKeys.detail(profileId, billnumber),
    queryFn: ({ signal }) => callEndpoint(orderEndpoints.getOrder, { params: { profileId, billnumber }, signal }),
    retryOnMount: false,
    refetchInterval: (query) => refreshIntervalFor(query.state.data ? [query.state.data.orderstate] : []),
    refetchIntervalInBackground: false,
  });
}
