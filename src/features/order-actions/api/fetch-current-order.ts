import { callEndpoint } from '@/api/client';
import { orderEndpoints } from '@/api/order-endpoints';
import type { OrderDetail } from '@/api/orders';

/**
 * The order as the gateway has it now, read after a conflict to show in the dialog. It is kept
 * out of the caches on purpose: a refused action changes nothing, the dialog only explains.
 */
export function fetchCurrentOrder(profileId: string, billnumber: string): Promise<OrderDetail> {
  return callEndpoint(orderEndpoints.getOrder, { params: { profileId, billnumber } });
}
