import type { OrderState } from '@/api/orders';

/**
 * How often a screen holding orders "In Process" asks again: such orders settle within
 * seconds to minutes, and nothing else on the screen changes on its own.
 */
export const IN_PROCESS_REFRESH_MS = 10_000;

export function refreshIntervalFor(states: readonly OrderState[]): number | false {
  return states.includes('In Process') ? IN_PROCESS_REFRESH_MS : false;
}
