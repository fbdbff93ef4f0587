import type { NotificationTransport } from '../gateway/notifications/transport';

const MAX_ANSWER = 64 * 1024;

function reasonOf(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `timeout after ${timeoutMs} ms`;
  }
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'unknown host';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'connection reset';
    default:
      return cause?.code ?? (error instanceof Error ? error.message : 'no answer');
  }
}

/** Real HTTP from the standalone gateway (and the tests) to the shop's notification URL. */
export function httpNotificationTransport(): NotificationTransport {
  return async ({ url, contentType, body, timeoutMs }) => {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': contentType },
        body,
        redirect: 'manual',
        signal,
      });
      const text = await response.text();
      return { kind: 'answer', status: response.status, body: text.slice(0, MAX_ANSWER) };
    } catch (error) {
      return { kind: 'no-answer', error: reasonOf(error, timeoutMs) };
    }
  };
}
