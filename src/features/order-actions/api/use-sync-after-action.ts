import { useQueryClient } from '@tanstack/react-query';
import type { OrderDetail } from '@/api/orders';
import type { OrderCacheSync } from '../model/action-context';
import { awaitingKeys } from './awaiting-queries';

/**
 * After the gateway has applied an action: the returned orders go straight into their detail
 * entries, and the caller awaits the lists (the orders feature's and the cockpit's) refetching,
 * so no screen shows the order as it was.
 */
export function useSyncAfterAction(cache: OrderCacheSync) {
  const queryClient = useQueryClient();
  return async (profileId: string, orders: readonly OrderDetail[]): Promise<void> => {
    for (const order of orders) cache.writeOrder(profileId, order);
    await Promise.all([
      cache.invalidateLists(profileId),
      queryClient.invalidateQueries({ queryKey: awaitingKeys.all(profileId) }),
    ]);
  };
}
