import { describe, expect, it } from 'vitest';
import { formatDateTime, timeUntil, utcOffsetLabel } from '@/lib/dates';

describe('utcOffsetLabel', () => {
  it('names the offset of the zone at that instant', () => {
    expect(utcOffsetLabel(new Date('2026-11-28T07:17:30Z'), 'Europe/Moscow')).toBe('UTC+3');
    expect(utcOffsetLabel(new Date('2026-11-28T07:17:30Z'), 'Asia/Kolkata')).toBe('UTC+5:30');
    expect(utcOffsetLabel(new Date('2026-11-28T07:17:30Z'), 'UTC')).toBe('UTC');
  });

  it('follows daylight saving time', () => {
    expect(utcOffsetLabel(new Date('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe('UTC+1');
    expect(utcOffsetLabel(new Date('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe('UTC+2');
  });
});

describe('formatDateTime', () => {
  it('shows a UTC instant on the merchant clock, zone included', () => {
    expect(formatDateTime('2026-11-28T07:17:30Z', 'Europe/Moscow', 'ru-RU')).toBe('28.11.2026, 10:17:30 (UTC+3)');
  });

  it('moves to the next day when the merchant zone is already there', () => {
    expect(formatDateTime('2026-11-28T22:30:00Z', 'Asia/Vladivostok', 'ru-RU', { withZone: false })).toBe(
      '29.11.2026, 08:30:00',
    );
  });

  it('uses a day-first, 24-hour English format', () => {
    expect(formatDateTime('2026-11-28T13:05:00Z', 'UTC', 'en-GB')).toBe('28/11/2026, 13:05:00 (UTC)');
  });

  it('can leave the seconds out', () => {
    expect(formatDateTime('2026-11-28T07:17:30Z', 'Europe/Moscow', 'ru-RU', { seconds: false, withZone: false })).toBe(
      '28.11.2026, 10:17',
    );
  });

  it('returns an unparseable value unchanged instead of "Invalid Date"', () => {
    expect(formatDateTime('not a date', 'Europe/Moscow', 'ru-RU')).toBe('not a date');
  });
});

describe('timeUntil', () => {
  const now = new Date('2026-11-28T07:00:00Z');

  it('splits what is left into days, hours and minutes', () => {
    expect(timeUntil('2026-12-01T09:30:59Z', now)).toEqual({ days: 3, hours: 2, minutes: 30 });
  });

  it('is null once the deadline has passed', () => {
    expect(timeUntil('2026-11-28T07:00:00Z', now)).toBeNull();
    expect(timeUntil('2026-11-27T07:00:00Z', now)).toBeNull();
  });
});
