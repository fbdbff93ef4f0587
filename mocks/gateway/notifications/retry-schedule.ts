import { MINUTE } from '../clock';

/**
 * When the gateway sends a notification that gets no answer again (domain §9: up to 8 attempts
 * over 4 hours). Offsets from the first attempt of a round, on the gateway's clock; the gaps grow
 * (1, 4, 10, 20, 35, 60, 110 minutes) so a shop that is down for a minute is not hammered and one
 * that is down for hours still gets the message the same day.
 */
export const ATTEMPT_OFFSETS_MS: readonly number[] = [0, 1, 5, 15, 35, 70, 130, 240].map((minutes) => minutes * MINUTE);

export const MAX_ATTEMPTS = ATTEMPT_OFFSETS_MS.length;

/** When attempt `attemptIndex` (0-based within the round) is due, or null after the last one. */
export function attemptDueAt(roundStart: number, attemptIndex: number): number | null {
  const offset = ATTEMPT_OFFSETS_MS[attemptIndex];
  return offset === undefined ? null : roundStart + offset;
}
