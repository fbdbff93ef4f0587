import { fromWallTime, wallTimeOf, zonedDay } from '@/lib/zoned-time';

/** Quick periods of the monitor, always whole days of the merchant's calendar. */
export const PERIOD_PRESETS = ['today', 'yesterday', 'last7', 'last30', 'thisMonth'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface Period {
  from: string;
  to: string;
}

const DAY_START = '00:00:00';
const DAY_END = '23:59:59';

/**
 * The preset's first and last second in the merchant's zone, as UTC instants. "7 days" and
 * "30 days" include today, as the gateway's own monitor counts them.
 */
export function presetPeriod(preset: PeriodPreset, now: number, timeZone: string): Period {
  const firstShift = { today: 0, yesterday: -1, last7: -6, last30: -29, thisMonth: 0 }[preset];
  const lastShift = preset === 'yesterday' ? -1 : 0;
  const today = zonedDay(now, timeZone);
  const firstDay = preset === 'thisMonth' ? { ...today, day: 1 } : zonedDay(now, timeZone, firstShift);
  const lastDay = zonedDay(now, timeZone, lastShift);
  return {
    from: fromWallTime(wallTimeOf(firstDay, DAY_START), timeZone) ?? '',
    to: fromWallTime(wallTimeOf(lastDay, DAY_END), timeZone) ?? '',
  };
}

/** The preset a period stands for today, if any: lets the preset button show as pressed. */
export function matchingPreset(period: Partial<Period>, now: number, timeZone: string): PeriodPreset | null {
  if (!period.from || !period.to) return null;
  return (
    PERIOD_PRESETS.find((preset) => {
      const candidate = presetPeriod(preset, now, timeZone);
      return candidate.from === period.from && candidate.to === period.to;
    }) ?? null
  );
}
