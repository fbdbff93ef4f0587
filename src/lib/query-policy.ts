import { isApiError } from '@/api/problem';

const MAX_RETRIES = 2;

/**
 * Retries only what may succeed on a second try: network failures and 5xx. A 4xx (401 above
 * all) is an answer, not a glitch, and retrying it only delays the message.
 */
export function shouldRetryRequest(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return true;
}
