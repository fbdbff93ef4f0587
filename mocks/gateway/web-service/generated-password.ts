import { brokenPasswordRules } from '@/api/credentials';
import { randomBytes } from '../access/random';

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGITS = '23456789';
const ALPHABET = UPPER + LOWER + DIGITS;

/** A uniformly drawn character: bytes at or above the last whole multiple are drawn again. */
function pick(alphabet: string): string {
  const limit = 256 - (256 % alphabet.length);
  for (;;) {
    const [byte] = randomBytes(1);
    if (byte !== undefined && byte < limit) return alphabet[byte % alphabet.length]!;
  }
}

/**
 * A 20-character password that meets the gateway's rules (domain §7: Latin upper and lower case
 * and digits), without look-alike characters, so that it survives being read aloud or retyped.
 */
export function generatePassword(length = 20): string {
  for (;;) {
    const password = Array.from({ length }, () => pick(ALPHABET)).join('');
    if (brokenPasswordRules(password).length === 0) return password;
  }
}
