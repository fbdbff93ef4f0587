import { cachedFormat } from './intl-cache';

/**
 * Instants arrive in UTC (the gateway speaks GMT); people read them in the merchant's time zone,
 * an enterprise setting. Every formatted moment can carry its zone so nobody guesses.
 */

/** "UTC+3", "UTC+5:30", "UTC" — the zone's offset at that instant (DST-aware). */
export function utcOffsetLabel(instant: Date, timeZone: string): string {
  const part = cachedFormat(
    `offset|${timeZone}`,
    () => new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' }),
  )
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  const offset = (part?.value ?? 'GMT').replace(/^GMT/, '');
  return offset === '' || /^[+-]0$/.test(offset) ? 'UTC' : `UTC${offset}`;
}

/**
 * Numeric date and 24-hour time in the zone. One definition for what people read and for the
 * wall-time arithmetic of zoned-time.ts, so both see the same clock.
 */
export function zonedDateTimeFormat(locale: string, timeZone: string, seconds = true): Intl.DateTimeFormat {
  return cachedFormat(
    `date|${locale}|${timeZone}|${seconds}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        ...(seconds ? { second: '2-digit' } : {}),
        hourCycle: 'h23',
      }),
  );
}

export interface FormatDateTimeOptions {
  /** Append the zone's UTC offset, e.g. "28.11.2026, 10:17:30 (UTC+3)". */
  withZone?: boolean;
  /** Include seconds (default true: monitoring works to the second). */
  seconds?: boolean;
}

/** Formats an ISO instant in the given IANA zone for the given locale. */
export function formatDateTime(
  iso: string,
  timeZone: string,
  locale: string,
  { withZone = true, seconds = true }: FormatDateTimeOptions = {},
): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const text = zonedDateTimeFormat(locale, timeZone, seconds).format(instant);
  return withZone ? `${text} (${utcOffsetLabel(instant, timeZone)})` : text;
}

export interface Duration {
  days: number;
  hours: number;
  minutes: number;
}

/** Whole days, hours and minutes from `now` until `deadline`; null once the deadline has passed. */
export function timeUntil(deadlineIso: string, now: Date): Duration | null {
  const remainingMs = new Date(deadlineIso).getTime() - now.getTime();
  if (!(remainingMs > 0)) return null;
  const totalMinutes = Math.floor(remainingMs / 60_000);
  return {
    days: Math.floor(totalMinutes / (24 * 60)),
    hours: Math.floor((totalMinutes % (24 * 60)) / 60),
    minutes: totalMinutes % 60,
  };
}
