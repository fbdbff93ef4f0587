import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  learnServerTime,
  resetServerClock,
  serverClockOffset,
  serverNow,
  subscribeServerClock,
} from '@/api/server-clock';

const HOUR = 3_600_000;

afterEach(() => resetServerClock());

describe('the gateway clock as the cabinet sees it', () => {
  it('follows the Date header of an answer, ahead or behind', () => {
    const receivedAt = Date.parse('2026-11-28T09:00:00Z');
    learnServerTime(new Date(receivedAt + 3 * HOUR).toUTCString(), receivedAt);
    expect(serverClockOffset()).toBe(3 * HOUR);
    learnServerTime(new Date(receivedAt - 365 * 24 * HOUR).toUTCString(), receivedAt);
    expect(serverClockOffset()).toBe(-365 * 24 * HOUR);
    expect(Math.abs(serverNow() - (Date.now() - 365 * 24 * HOUR))).toBeLessThan(1_000);
  });

  it('ignores a missing or broken header and the header’s own rounding to the second', () => {
    const receivedAt = Date.parse('2026-11-28T09:00:00.900Z');
    learnServerTime(null, receivedAt);
    learnServerTime('not a date', receivedAt);
    learnServerTime('Sat, 28 Nov 2026 09:00:00 GMT', receivedAt);
    expect(serverClockOffset()).toBe(0);
  });

  it('tells subscribers when the gateway clock jumps, and only then', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeServerClock(listener);
    const receivedAt = Date.parse('2026-11-28T09:00:00Z');
    learnServerTime(new Date(receivedAt).toUTCString(), receivedAt);
    learnServerTime(new Date(receivedAt + 5_000).toUTCString(), receivedAt);
    // Seconds of drift are learned quietly; the countdowns pick them up on their next tick.
    expect(serverClockOffset()).toBe(5_000);
    expect(listener).not.toHaveBeenCalled();
    learnServerTime(new Date(receivedAt + 2 * 24 * HOUR).toUTCString(), receivedAt);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    learnServerTime(new Date(receivedAt).toUTCString(), receivedAt);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
