import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from '@/api/client';
import { notificationEndpoints } from '@/api/notification-endpoints';
import type { NotificationFilters, ResendFailedRequest } from '@/api/notifications';

/** Everything under one profile's key, so an action refreshes the log, the warning and the orders' lists. */
export const notificationKeys = {
  all: (profileId: string) => ['notifications', profileId] as const,
  page: (profileId: string, filters: NotificationFilters, page: number, pageSize: number) =>
    ['notifications', profileId, 'page', filters, page, pageSize] as const,
  health: (profileId: string) => ['notifications', profileId, 'health'] as const,
  order: (profileId: string, billnumber: string) => ['notifications', profileId, 'order', billnumber] as const,
};

/** While deliveries are retried the log changes on its own: it is polled while the page is open. */
const POLL_MS = 15_000;

export function notificationPageQueryOptions(
  profileId: string,
  filters: NotificationFilters,
  page: number,
  pageSize: number,
) {
  return queryOptions({
    queryKey: notificationKeys.page(profileId, filters, page, pageSize),
    queryFn: ({ signal }) =>
      callEndpoint(notificationEndpoints.listNotifications, {
        params: { profileId },
        query: { ...filters, page, pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
    refetchInterval: POLL_MS,
  });
}

export function deliveryHealthQueryOptions(profileId: string) {
  return queryOptions({
    queryKey: notificationKeys.health(profileId),
    queryFn: ({ signal }) => callEndpoint(notificationEndpoints.notificationHealth, { params: { profileId }, signal }),
    refetchInterval: POLL_MS,
  });
}

export function orderNotificationsQueryOptions(profileId: string, billnumber: string) {
  return queryOptions({
    queryKey: notificationKeys.order(profileId, billnumber),
    queryFn: ({ signal }) =>
      callEndpoint(notificationEndpoints.orderNotifications, { params: { profileId, billnumber }, signal }),
  });
}

function useRefreshAfter(profileId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: notificationKeys.all(profileId) });
}

export function useSendTestNotification(profileId: string) {
  const refresh = useRefreshAfter(profileId);
  return useMutation({
    mutationFn: () => callEndpoint(notificationEndpoints.sendTestNotification, { params: { profileId } }),
    onSettled: refresh,
  });
}

export function useResendNotification(profileId: string) {
  const refresh = useRefreshAfter(profileId);
  return useMutation({
    mutationFn: (notificationId: string) =>
      callEndpoint(notificationEndpoints.resendNotification, { params: { profileId, notificationId } }),
    onSettled: refresh,
  });
}

export function useResendFailed(profileId: string) {
  const refresh = useRefreshAfter(profileId);
  return useMutation({
    mutationFn: (period: ResendFailedRequest) =>
      callEndpoint(notificationEndpoints.resendFailedNotifications, { params: { profileId }, body: period }),
    onSettled: refresh,
  });
}
