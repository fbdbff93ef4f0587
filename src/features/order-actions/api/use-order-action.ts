import { useMutation } from '@tanstack/react-query';
import type { OrderCacheSync } from '../model/action-context';
import { sendOrderAction } from './send-order-action';
import { useSyncAfterAction } from './use-sync-after-action';

/**
 * One confirm or cancel, pessimistic: nothing changes on screen until the gateway has answered,
 * and the mutation stays pending until the lists have caught up.
 */
export function useOrderAction(cache: OrderCacheSync) {
  const sync = useSyncAfterAction(cache);
  return useMutation({
    mutationFn: sendOrderAction,
    onSuccess: (result, request) => sync(request.profileId, [result.order]),
  });
}
