import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { callEndpoint } from '@/api/client';
import { orderEndpoints } from '@/api/order-endpoints';

export const AWAITING_PAGE_SIZE = 50;

/** Keyed by profile like every order query, under this feature's own name. */
export const awaitingKeys = {
  all: (profileId: string) => ['profiles', profileId, 'order-actions', 'awaiting'] as const,
  page: (profileId: string, page: number) => [...awaitingKeys.all(profileId), page] as const,
  totals: (profileId: string) => [...awaitingKeys.all(profileId), 'totals'] as const,
};

/** Everything held awaiting confirmation, per currency, summed by the server over every page. */
export function awaitingTotalsQueryOptions(profileId: string) {
  return queryOptions({
    queryKey: awaitingKeys.totals(profileId),
    queryFn: ({ signal }) =>
      callEndpoint(orderEndpoints.orderTotals, { params: { profileId }, query: { state: 'Delayed' }, signal }),
    refetchInterval: 60_000,
  });
}

/**
 * Delayed orders, the nearest confirmation deadline first. Polled: the gateway reverses a hold
 * at its deadline by itself, and the cockpit must show that without a reload.
 */
export function awaitingQueryOptions(profileId: string, page: number) {
  return queryOptions({
    queryKey: awaitingKeys.page(profileId, page),
    queryFn: ({ signal }) =>
      callEndpoint(orderEndpoints.listOrders, {
        params: { profileId },
        query: { state: 'Delayed', sort: 'confirmdeadline', page, pageSize: AWAITING_PAGE_SIZE },
        signal,
      }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}
