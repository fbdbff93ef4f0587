import type { AttemptOutcome } from '@/api/notifications';
import type { DeliveryResponse } from './transport';

const POSITIVE = /<pushpaymentresult\b[^>]*\bfirstcode\s*=\s*["']0["'][^>]*\bsecondcode\s*=\s*["']0["']/i;

/**
 * Only `<pushpaymentresult firstcode="0" secondcode="0">` on a 2xx counts as received. Any other
 * answer is the shop saying no (the gateway does not retry it); no answer at all is retried.
 */
export function outcomeOf(response: DeliveryResponse): AttemptOutcome {
  if (response.kind === 'no-answer') return 'no-answer';
  return response.status >= 200 && response.status < 300 && POSITIVE.test(response.body) ? 'delivered' : 'error-answer';
}
