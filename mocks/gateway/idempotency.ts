import { FIRSTCODE, GatewayError } from './errors';

/**
 * Remembers the first successful result per idempotency key, so a repeated confirm or cancel
 * (a retry after a lost response, a double click) never moves money twice. Keys are scoped to
 * the order and the action: one dialog may process several orders under one key.
 */
export interface IdempotencyCache<R> {
  run(scope: string, key: string | undefined, fingerprint: string, action: () => R): R;
}

export function createIdempotencyCache<R>(): IdempotencyCache<R> {
  const results = new Map<string, { fingerprint: string; result: R }>();
  return {
    run(scope, key, fingerprint, action) {
      if (key === undefined) return action();
      const slot = `${scope}|${key}`;
      const previous = results.get(slot);
      if (previous) {
        if (previous.fingerprint !== fingerprint) {
          throw new GatewayError({
            status: 409,
            firstcode: FIRSTCODE.duplicate,
            message: 'Ключ идемпотентности уже использован для другого запроса',
          });
        }
        return previous.result;
      }
      const result = action();
      results.set(slot, { fingerprint, result });
      return result;
    },
  };
}
