import { callEndpoint } from '@/api/client';
import { orderEndpoints } from '@/api/order-endpoints';
import type { CancelReason, OrderActionResult } from '@/api/order-actions';
import type { Currency } from '@/api/common';
import type { ActionKind } from '../model/action-kind';

/** One confirm or cancel exactly as it goes on the wire; amount as a decimal string. */
export interface ActionRequest {
  kind: ActionKind;
  profileId: string;
  billnumber: string;
  /** The dialog's key: the same for every resend of this intent. */
  idempotencyKey: string;
  amount: string;
  currency: Currency;
  reason: CancelReason;
}

/**
 * Sends the action. The amount is always explicit, even for "all of it": the gateway then
 * refuses rather than acting on a remainder other than the one the person confirmed.
 */
export function sendOrderAction(request: ActionRequest): Promise<OrderActionResult> {
  const params = { profileId: request.profileId, billnumber: request.billnumber };
  const headers = { 'idempotency-key': request.idempotencyKey };
  const money = { amount: request.amount, currency: request.currency };
  return request.kind === 'confirm'
    ? callEndpoint(orderEndpoints.confirmOrder, { params, headers, body: money })
    : callEndpoint(orderEndpoints.cancelOrder, { params, headers, body: { ...money, reason: request.reason } });
}
