import type { OrderDetail } from '@/api/orders';
import { isGatewayError } from '../errors';
import type { GatewayCore } from '../gateway';
import type { CardInput } from './card-input';
import type { PaymentSession } from './payment-requests';

/** The test card that asks the buyer for a 3-D Secure code before it approves (domain §10). */
const CHALLENGE_CARDS: ReadonlySet<string> = new Set(['4000000000003220']);

/** The one-time code the mock's 3-D Secure page accepts; shown on the page in test mode. */
export const TEST_3DS_CODE = '12345';

export type CardOutcome =
  { kind: 'challenge' } | { kind: 'finished'; order: OrderDetail } | { kind: 'refused'; detail: string };

function payNow(gateway: GatewayCore, session: PaymentSession, card: CardInput, ip: string | null): CardOutcome {
  try {
    const order = gateway.pay(session.profileId, session.billnumber, {
      means: { type: 'card', pan: card.pan, cardholder: card.cardholder },
      ip,
    });
    return { kind: 'finished', order };
  } catch (error) {
    // Another attempt under the same order number was paid meanwhile: nothing is charged twice.
    if (isGatewayError(error)) return { kind: 'refused', detail: error.message };
    throw error;
  }
}

/**
 * The buyer submitted the card form. An order already paid or closed is not paid again (a
 * resubmitted form shows its result); the 3-D Secure card stops for its code on the test
 * profile (a live profile declines every test card anyway).
 */
export function payByCard(
  gateway: GatewayCore,
  session: PaymentSession,
  card: CardInput,
  ip: string | null,
): CardOutcome {
  const order = gateway.getOrder(session.profileId, session.billnumber);
  if (order.orderstate !== 'In Process') return { kind: 'finished', order };
  if (order.testmode && CHALLENGE_CARDS.has(card.pan)) {
    session.challenge = { pan: card.pan, cardholder: card.cardholder };
    return { kind: 'challenge' };
  }
  return payNow(gateway, session, card, ip);
}

/** The buyer typed the 3-D Secure code: the right one lets the payment go on. */
export function passChallenge(
  gateway: GatewayCore,
  session: PaymentSession,
  code: string,
  ip: string | null,
): CardOutcome | { kind: 'wrong-code' } {
  const order = gateway.getOrder(session.profileId, session.billnumber);
  if (order.orderstate !== 'In Process' || session.challenge === null) return { kind: 'finished', order };
  if (code.trim() !== TEST_3DS_CODE) return { kind: 'wrong-code' };
  const card = session.challenge;
  session.challenge = null;
  return payNow(gateway, session, card, ip);
}

/** Approved or held: the payment went through; anything else sends the buyer to the failure URL. */
export function succeeded(order: OrderDetail): boolean {
  return order.orderstate === 'Approved' || order.orderstate === 'Delayed';
}

/** The shop's page for this result, with the order's numbers as the gateway adds them. */
export function shopPage(session: PaymentSession, order: OrderDetail): string | null {
  const base = succeeded(order) ? session.returnUrlOk : session.returnUrlNo;
  if (base === null) return null;
  const url = new URL(base);
  url.searchParams.set('ordernumber', order.ordernumber);
  url.searchParams.set('billnumber', order.billnumber);
  return url.toString();
}

/**
 * Where the buyer lands: the shop's page when the settings say "go to the shop's page" and a
 * URL is known; else null, the gateway's own result page (which links to the shop's page).
 */
export function returnTarget(gateway: GatewayCore, session: PaymentSession, order: OrderDetail): string | null {
  if (gateway.settings.get(session.profileId, 'payments').afterPayment !== 'redirect') return null;
  return shopPage(session, order);
}
