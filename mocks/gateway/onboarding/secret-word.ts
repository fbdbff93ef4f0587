const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A fresh secret word for a profile just issued: 20 characters from a cryptographic source. */
export function issueSecretWord(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  // 256 is not a multiple of the alphabet's size; the slight bias is irrelevant at 20 characters.
  return Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join('');
}
