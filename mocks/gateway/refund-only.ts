import type { Brand, PaymentMeans } from '@/api/orders';
import { brandOfPan } from './test-cards';

/** Schemes whose processing supports no reversal: money goes back by refund only (docs/domain.md §3). */
export const REFUND_ONLY: ReadonlySet<Brand> = new Set<Brand>(['JCB', 'AMEX']);

/**
 * Whether the card behind the means is on a refund-only scheme. A wallet token carries a card,
 * and its scheme is the card's (the masked number keeps the first six digits), not the wallet's.
 */
export function isRefundOnly(means: PaymentMeans | null): boolean {
  if (means === null) return false;
  return REFUND_ONLY.has(means.cardnumber === null ? means.brand : brandOfPan(means.cardnumber));
}
