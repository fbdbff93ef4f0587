import { describe, expect, it } from 'vitest';

/**
 * The shifted-clock and other-zone runs of `npm run test:clocks` (scripts/test-clocks.mjs) are
 * only proof if the shift really reached the test process: the script passes the real time and
 * the zone it asked for, and this test checks them.
 */
const realEpochMs = Number(process.env.CLOCK_GUARD_REAL_NOW_MS);
const shiftDays = Number(process.env.CLOCK_GUARD_SHIFT_DAYS ?? 0);
const zone = process.env.CLOCK_GUARD_TIME_ZONE;

describe('the clock the suite runs on', () => {
  it.runIf(Number.isFinite(realEpochMs))('is shifted by the days asked for', () => {
    console.warn(`[clock] now ${new Date().toString()} (${Intl.DateTimeFormat().resolvedOptions().timeZone})`);
    const shiftedBy = (Date.now() - realEpochMs) / 86_400_000;
    // The run started after the real time was taken, so the shift is a little more, never less.
    expect(shiftedBy).toBeGreaterThanOrEqual(shiftDays);
    expect(shiftedBy).toBeLessThan(shiftDays + 1);
  });

  it.runIf(zone !== undefined)('is in the time zone asked for', () => {
    // Compared by wall time, not by name: ICU may call Asia/Kolkata "Asia/Calcutta".
    for (const instant of ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z']) {
      const date = new Date(instant);
      expect(date.toLocaleString('en-US')).toBe(date.toLocaleString('en-US', { timeZone: zone }));
      expect(date.getTimezoneOffset()).not.toBe(0);
    }
  });
});
