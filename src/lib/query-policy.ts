import { isApiError } from '@/api/problem';

const MAX_RETRIES = 1;
/** Answers that say "try again in a moment": a gateway or proxy in between, or an overload. */
const TRANSIENT_STATUSES = new Set([0, 502, 503, 504]);

/**
 * Retries once, and only what may succeed on a second try: a dropped connection or a proxy's
 * 502/503/504. A 4xx (401 above all) is an answer, and a 500 is the server's own failure that an
 * immediate retry repeats: retrying either only keeps the previous view on screen longer before
 * the message.
 */
export function shouldRetryRequest(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (isApiError(error)) return TRANSIENT_STATUSES.has(error.status);
  return true;
}

/** The one retry comes soon: the person is looking at the old view meanwhile. */
export function retryDelay(): number {
  return 700;
}
