import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { callEndpoint } from '@/api/client';
import { endpoints } from '@/api/endpoints';
import { toListQueryInput, type ListQuery } from '../model/list-query';

/** Every key starts with the profile: test and live data never share a cache entry. */
export const orderKeys = {
  all: (profileId: string) => ['profiles', profileId, 'orders'] as const,
  lists: (profileId: string) => [...orderKeys.all(profileId), 'list'] as const,
  list: (profileId: string, query: ListQuery) => [...orderKeys.lists(profileId), query] as const,
  details: (profileId: string) => [...orderKeys.all(profileId), 'detail'] as const,
  detail: (profileId: string, billnumber: string) => [...orderKeys.details(profileId), billnumber] as const,
};

/**
 * One page of a profile's orders. While the next page loads the previous one stays on screen,
 * but only within the same profile. A failed page is not refetched merely because the page
 * mounts: the loader has just tried, and the page offers a retry.
 */
export function orderListQueryOptions(profileId: string, query: ListQuery) {
  return queryOptions({
    queryKey: orderKeys.list(profileId, query),
    queryFn: ({ signal }) =>
      callEndpoint(endpoints.listOrders, { params: { profileId }, query: toListQueryInput(query), signal }),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === profileId ? keepPreviousData(previous) : undefined,
    retryOnMount: false,
  });
}

/** One order with its operations and their transactions; failures, like the list's, wait for a retry. */
export function orderDetailQueryOptions(profileId: string, billnumber: string) {
  return queryOptions({
    queryKey: orderKeys.detail(profileId, billnumber),
    queryFn: ({ signal }) => callEndpoint(endpoints.getOrder, { params: { profileId, billnumber }, signal }),
    retryOnMount: false,
  });
}
