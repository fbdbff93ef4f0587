/**
 * Secrets of the access layer (session ids, CSRF tokens, salts, recovery codes) come from the
 * platform's CSPRNG only; there is no weaker fallback, so a token can never be guessed.
 */
export function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

/** URL- and cookie-safe text of `bytes` random bytes (256 bits for a session id). */
export function randomToken(bytes = 32): string {
  let binary = '';
  for (const byte of randomBytes(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A one-time recovery code people can type: "xxxxx-xxxxx" without look-alike characters. */
export function recoveryCode(): string {
  const chars = Array.from(randomBytes(10), (byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]!);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}
