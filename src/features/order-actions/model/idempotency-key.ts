/**
 * A fresh Idempotency-Key for one intent (one dialog opening). 32 hex digits from the platform's
 * CSPRNG; crypto.randomUUID is not used because it exists only in secure contexts.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
