import { FIRSTCODE, GatewayError } from './errors';

/**
 * Remembers the first successful result per idempotency key, so a repeated confirm or cancel
 * (a retry after a lost response, a double click) never moves money twice. Keys are scoped to
 * the order and the action: one dialog may process several orders under one key. A refusal is
 * not remembered: nothing happened, so the retry is judged afresh.
 */
export interface IdempotencyCache<R> {
  run(scope: string, key: string | undefined, fingerprint: string, action: () => R): { result: R; replayed: boolean };
}

export function createIdempotencyCache<R>(): IdempotencyCache<R> {
  const results = new Map<string, { fingerprint: string; result: R }>();
  return {
    run(scope, key, fingerprint, action) {
      if (key === undefined) return { result: action(), replayed: false };
      const slot = `${scope}|${key}`;
      const previous = results.get(slot);
      if (previous) {
        if (previous.fingerprint !== fingerprint) {
          throw new GatewayError({
            code: 'idempotency-key-reused',
            status: 409,
            firstcode: FIRSTCODE.duplicate,
            message: 'Ключ идемпотентности уже использован для другого запроса',
          });
        }
        return { result: previous.result, replayed: true };
      }
      const result = action();
      results.set(slot, { fingerprint, result });
      return { result, replayed: false };
    },
  };
}
