/** Under a day left: the cockpit highlights the order so it is not lost to the automatic reversal. */
export const URGENT_MS = 24 * 60 * 60 * 1000;

export type DeadlineUrgency = 'expired' | 'urgent' | 'normal';

export function urgencyOf(deadline: string | null, now: Date): DeadlineUrgency {
  if (deadline === null) return 'normal';
  const left = new Date(deadline).getTime() - now.getTime();
  if (left <= 0) return 'expired';
  return left < URGENT_MS ? 'urgent' : 'normal';
}

/** Milliseconds until the nearest future deadline, or null when none is ahead. */
export function msUntilNearest(deadlines: readonly (string | null)[], now: Date): number | null {
  const ahead = deadlines
    .filter((deadline): deadline is string => deadline !== null)
    .map((deadline) => new Date(deadline).getTime() - now.getTime())
    .filter((ms) => ms > 0);
  return ahead.length === 0 ? null : Math.min(...ahead);
}
