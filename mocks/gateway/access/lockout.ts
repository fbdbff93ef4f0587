import { MINUTE } from '../clock';

export const MAX_FAILURES = 5;
export const LOCK_MS = 15 * MINUTE;

interface Attempts {
  failures: number;
  lockedUntil: number;
}

/**
 * Failed sign-ins per login as typed, whether or not such a user exists: an unknown login locks
 * exactly like a known one, so the lock tells nothing about who has an account.
 */
export interface Lockout {
  /** Milliseconds until the login may try again, or 0. */
  lockedFor(key: string, now: number): number;
  /** Counts a failure; true when this one locked the login. */
  fail(key: string, now: number): boolean;
  succeed(key: string): void;
}

export function createLockout(): Lockout {
  const attempts = new Map<string, Attempts>();
  return {
    lockedFor(key, now) {
      const entry = attempts.get(key);
      if (!entry || entry.lockedUntil <= now) return 0;
      return entry.lockedUntil - now;
    },
    fail(key, now) {
      const entry = attempts.get(key) ?? { failures: 0, lockedUntil: 0 };
      if (entry.lockedUntil !== 0 && entry.lockedUntil <= now) {
        entry.failures = 0;
        entry.lockedUntil = 0;
      }
      entry.failures += 1;
      const locks = entry.failures >= MAX_FAILURES;
      if (locks) entry.lockedUntil = now + LOCK_MS;
      attempts.set(key, entry);
      return locks;
    },
    succeed(key) {
      attempts.delete(key);
    },
  };
}
