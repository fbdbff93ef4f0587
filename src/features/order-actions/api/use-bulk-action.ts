import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { OrderActionResult } from '@/api/order-actions';
import type { OrderDetail, OrderSummary } from '@/api/orders';
import { isApiError } from '@/api/problem';
import type { OrderCacheSync } from '../model/action-context';
import { refusalOf, type Refusal } from '../model/refusal';
import { fetchCurrentOrder } from './fetch-current-order';
import { sendOrderAction, type ActionRequest } from './send-order-action';
import { useSyncAfterAction } from './use-sync-after-action';

export type RowOutcome =
  | { status: 'waiting' }
  | { status: 'running' }
  | { status: 'done'; result: OrderActionResult }
  | { status: 'failed'; refusal: Refusal; current: OrderSummary | null };

/**
 * Runs one action over several orders, one after another, recording each order's outcome.
 * Every order is its own request under the dialog's key (the gateway scopes keys per order and
 * action), so retrying the failed ones never repeats the ones that went through.
 */
export function useBulkAction(cache: OrderCacheSync) {
  const sync = useSyncAfterAction(cache);
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, RowOutcome>>(new Map());
  const record = (billnumber: string, outcome: RowOutcome) =>
    setOutcomes((previous) => new Map(previous).set(billnumber, outcome));

  const run = useMutation({
    mutationFn: async (requests: readonly ActionRequest[]) => {
      for (const request of requests) record(request.billnumber, { status: 'waiting' });
      const applied: OrderDetail[] = [];
      let sessionGone: unknown = null;
      for (const request of requests) {
        record(request.billnumber, { status: 'running' });
        try {
          const result = await sendOrderAction(request);
          applied.push(result.order);
          record(request.billnumber, { status: 'done', result });
        } catch (error) {
          const refusal = refusalOf(error);
          const current = refusal.stale
            ? await fetchCurrentOrder(request.profileId, request.billnumber).catch(() => null)
            : null;
          record(request.billnumber, { status: 'failed', refusal, current });
          // Without a session every further request fails the same way; the app signs in again.
          if (isApiError(error, 401)) {
            sessionGone = error;
            break;
          }
        }
      }
      const [first] = requests;
      if (first && applied.length > 0) await sync(first.profileId, applied);
      if (sessionGone !== null) throw sessionGone;
    },
  });
  return { outcomes, run };
}
