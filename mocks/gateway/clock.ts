/**
 * The gateway never reads the system time directly: tests freeze and advance it, the browser
 * and the standalone server follow the real one.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

/** A clock that follows a source (fixed or real) plus an offset that tests can move. */
export interface ControlledClock extends Clock {
  /** Moves time forward (or back, with a negative value). */
  advance(ms: number): void;
  /** Jumps to an instant; later reads keep moving with the source. */
  set(instant: number | Date | string): void;
}

export type NowOption = number | Date | string | (() => number);

/** Epoch milliseconds of a number, Date or ISO string; throws on an invalid instant. */
export function toEpoch(instant: number | Date | string): number {
  const value = typeof instant === 'number' ? instant : new Date(instant).getTime();
  if (!Number.isFinite(value)) throw new RangeError(`not an instant: ${String(instant)}`);
  return value;
}

function sourceOf(now: NowOption): () => number {
  if (typeof now === 'function') return now;
  const frozen = toEpoch(now);
  return () => frozen;
}

/** A number, Date or ISO string freezes time there; a function is read on every call. */
export function createClock(now: NowOption = () => Date.now()): ControlledClock {
  const source = sourceOf(now);
  let offset = 0;
  return {
    now: () => source() + offset,
    advance(ms) {
      offset += ms;
    },
    set(instant) {
      offset = toEpoch(instant) - source();
    },
  };
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
