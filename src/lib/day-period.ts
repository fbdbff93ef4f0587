import { fromWallTime } from './zoned-time';

/**
 * Days picked in the merchant's zone ("YYYY-MM-DD", empty when not picked) as the instants a
 * server-side filter takes: from the first day's start to the last day's end, in that zone.
 */
export function dayPeriod(fromDay: string, toDay: string, timeZone: string): { from?: string; to?: string } {
  const from = fromDay ? fromWallTime(`${fromDay}T00:00:00`, timeZone) : null;
  const to = toDay ? fromWallTime(`${toDay}T23:59:59`, timeZone) : null;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
