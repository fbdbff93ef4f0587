import { createShopReceiver, type ShopReceiver } from '../../shop/shop-receiver';
import type { NotificationTransport } from './transport';

/**
 * The in-page demo cannot reach a shop over the network: its notifications go to a built-in
 * receiver, the demo shop's own logic, which verifies them with the profile's current secret word.
 */
export function inPageTransport(secretOf: (merchantId: string) => string | null): NotificationTransport {
  const receivers = new Map<string, ShopReceiver>();
  return async ({ contentType, body }) => {
    const merchantId = new URLSearchParams(body).get('merchant_id') ?? /<merchant_id>([^<]*)</.exec(body)?.[1] ?? '';
    const secret = secretOf(merchantId) ?? '';
    const receiver = receivers.get(merchantId) ?? createShopReceiver({ secret });
    receivers.set(merchantId, receiver);
    receiver.setSecret(secret);
    const answer = receiver.receive(contentType, body);
    // The gateway's own log keeps what was sent; the receiver need not keep a copy in the page.
    receiver.clear();
    return answer === null ? { kind: 'no-answer', error: 'no answer' } : { kind: 'answer', ...answer };
  };
}
