import { pbkdf2 } from '@noble/hashes/pbkdf2.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { randomBytes } from './random';

/** A salted PBKDF2-SHA256 digest; the mock never keeps a password itself, even in the demo store. */
export interface PasswordHash {
  salt: string;
  digest: string;
}

/** Enough to make the digest a real one; kept low because tests sign in thousands of times. */
const ITERATIONS = 1000;

function digestOf(password: string, salt: string): string {
  return bytesToHex(pbkdf2(sha256, password, salt, { c: ITERATIONS, dkLen: 32 }));
}

export function hashPassword(password: string, salt = bytesToHex(randomBytes(16))): PasswordHash {
  return { salt, digest: digestOf(password, salt) };
}

/** Compares every character whatever the first difference, so the time says nothing. */
export function sameText(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

export function passwordMatches(password: string, hash: PasswordHash): boolean {
  return sameText(digestOf(password, hash.salt), hash.digest);
}

/**
 * Checked against when the login is unknown, so that an unknown login costs the same digest as
 * a known one and the answer's timing tells nothing.
 */
export const UNKNOWN_USER_HASH: PasswordHash = hashPassword('unknown-user-placeholder');
