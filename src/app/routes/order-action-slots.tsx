import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { sessionQueryOptions } from '@/features/access/api/session-queries';
import { BulkActionsBar } from '@/features/order-actions/components/bulk-actions-bar';
import { OrderPageActions } from '@/features/order-actions/components/order-page-actions';
import { OrderRowActions } from '@/features/order-actions/components/order-row-actions';
import { useRowActionDialog } from '@/features/order-actions/components/use-row-action-dialog';
import type { ActionContext, OrderCacheSync } from '@/features/order-actions/model/action-context';
import { orderKeys } from '@/features/orders/api/order-queries';
import type { OrderActionSlots } from '@/features/orders/components/order-action-slots';
import { can } from '@/lib/permissions';

/**
 * The orders feature's cache, as the money actions need it: the returned order into its detail
 * entry, and every other entry of the profile (lists, counts) refetched.
 */
function orderCacheSync(queryClient: QueryClient): OrderCacheSync {
  return {
    writeOrder: (profileId, order) => queryClient.setQueryData(orderKeys.detail(profileId, order.billnumber), order),
    invalidateLists: (profileId) => {
      const details = orderKeys.details(profileId);
      return queryClient.invalidateQueries({
        queryKey: orderKeys.all(profileId),
        // Details were just written from the gateway's own answer; refetching them adds nothing.
        predicate: (query) => !details.every((part, index) => query.queryKey[index] === part),
      });
    },
  };
}

/** Who may do what where, or null when the user may move no money in this profile. */
export function useActionContext(profileId: string): ActionContext | null {
  const queryClient = useQueryClient();
  const { data: session } = useQuery(sessionQueryOptions());
  return useMemo(() => {
    const profile = session?.profiles.find((candidate) => candidate.id === profileId);
    if (!session || !profile) return null;
    const canConfirm = can(session, 'confirm');
    const canCancel = can(session, 'cancel');
    if (!canConfirm && !canCancel) return null;
    return { profile, canConfirm, canCancel, cache: orderCacheSync(queryClient) };
  }, [session, profileId, queryClient]);
}

/**
 * Where the money actions (confirm, cancel, refund) plug into the orders pages. Routes compose
 * features: the orders feature shows the slots, the order-actions feature fills them, and only
 * with what the user's rights allow (the gateway refuses the rest with 403 anyway).
 */
export function useOrderActionSlots(profileId: string): OrderActionSlots {
  const context = useActionContext(profileId);
  const { open, dialog } = useRowActionDialog(context);
  const slots = useMemo((): OrderActionSlots => {
    if (context === null) return {};
    return {
      rowActions: (order) => <OrderRowActions order={order} context={context} onChoose={open} />,
      bulkActions: (selected, clearSelection) => (
        <BulkActionsBar selected={selected} clearSelection={clearSelection} context={context} />
      ),
      pageActions: (order) => <OrderPageActions order={order} context={context} />,
    };
  }, [context, open]);
  return { ...slots, overlay: dialog };
}
