import * as z from 'zod/mini';

/**
 * The grants a user may hold, one by one, as the gateway grants them (domain §7). Monitoring is
 * every user's; the rest are given separately. A new grant (e.g. for a later settings page) is
 * one entry here plus its labels; presets and the API's checks pick it up from this list.
 */
export const RIGHTS = [
  'monitor',
  'confirm',
  'cancel',
  'export',
  'settings',
  'notifications',
  'web-service',
  'users',
  'audit',
] as const;
export const Right = z.enum(RIGHTS).register(z.globalRegistry, { id: 'Right' });
export type Right = z.infer<typeof Right>;

/** Grants that move money: a developer never gets them. */
export const MONEY_RIGHTS: readonly Right[] = ['confirm', 'cancel'];

export const PRESETS = ['viewer', 'accountant', 'developer', 'admin'] as const;
export const Preset = z.enum(PRESETS).register(z.globalRegistry, { id: 'Preset' });
export type Preset = z.infer<typeof Preset>;

/** Presets fill in the grants; a user's grants may be changed one by one afterwards. */
export const PRESET_RIGHTS: Record<Preset, readonly Right[]> = {
  viewer: ['monitor'],
  accountant: ['monitor', 'confirm', 'cancel', 'export'],
  developer: ['monitor', 'notifications', 'web-service'],
  admin: RIGHTS,
};

/** Grants in the order of RIGHTS, monitoring always included, no duplicates. */
export function normalizeRights(rights: Iterable<Right>): Right[] {
  const held = new Set<Right>(rights);
  held.add('monitor');
  return RIGHTS.filter((right) => held.has(right));
}

/** The preset whose grants are exactly these, or null for a custom set. */
export function presetOf(rights: readonly Right[]): Preset | null {
  const normalized = normalizeRights(rights).join(',');
  return PRESETS.find((preset) => normalizeRights(PRESET_RIGHTS[preset]).join(',') === normalized) ?? null;
}
