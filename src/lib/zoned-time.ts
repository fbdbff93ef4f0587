import { zonedDateTimeFormat } from './dates';

/**
 * Wall-clock times in the merchant's time zone (what `<input type="datetime-local">` shows)
 * to and from UTC instants. The browser's own zone never enters: a manager in Novosibirsk
 * filtering a Moscow shop types Moscow time.
 */

/** "YYYY-MM-DDTHH:mm:ss" — the value of a datetime-local input with one-second steps. */
export type WallTime = string;

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function partsIn(epochMs: number, timeZone: string): WallParts {
  const parts = zonedDateTimeFormat('en-US', timeZone).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

function asUtc({ year, month, day, hour, minute, second }: WallParts): number {
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** The zone's offset from UTC at that instant, in milliseconds. */
function offsetAt(epochMs: number, timeZone: string): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  return asUtc(partsIn(whole, timeZone)) - whole;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** The instant's wall time in the zone, to the second. */
export function toWallTime(instant: string | number, timeZone: string): WallTime {
  const epoch = typeof instant === 'number' ? instant : Date.parse(instant);
  const p = partsIn(epoch, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/**
 * The UTC instant ("…Z", whole seconds) of a wall time in the zone; null for text that is not one.
 * The offset is taken twice so a wall time next to a DST change lands on the right side of it.
 */
export function fromWallTime(wall: WallTime, timeZone: string): string | null {
  const match = WALL_TIME.exec(wall);
  if (!match) return null;
  const [, year, month, day, hour, minute, second = '0'] = match;
  const naive = asUtc({
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
  });
  if (Number.isNaN(naive)) return null;
  const first = naive - offsetAt(naive, timeZone);
  const epoch = naive - offsetAt(first, timeZone);
  return new Date(epoch).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The calendar day (year, month, day) of an instant in the zone, shifted by whole days. */
export function zonedDay(
  epochMs: number,
  timeZone: string,
  shiftDays = 0,
): { year: number; month: number; day: number } {
  const { year, month, day } = partsIn(epochMs, timeZone);
  const shifted = new Date(Date.UTC(year, month - 1, day + shiftDays));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export function wallTimeOf(day: { year: number; month: number; day: number }, time: string): WallTime {
  return `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}T${time}`;
}
