import * as z from 'zod/mini';
import { ProfileId } from './common';

/**
 * Test and live settings side by side, and copying chosen groups from test to live (domain §8:
 * the live profile is configured again). Values travel as display text; secrets never do.
 */
export const COPYABLE_GROUPS = ['payments', 'notifications', 'signature', 'register'] as const;
export const CopyableGroup = z.enum(COPYABLE_GROUPS).register(z.globalRegistry, { id: 'CopyableGroup' });
export type CopyableGroup = z.infer<typeof CopyableGroup>;

export const SettingDifference = z
  .object({
    group: CopyableGroup,
    field: z.string(),
    /** The value as JSON text, e.g. "\"redirect\"" or "[\"visa\"]". */
    test: z.string(),
    live: z.string(),
  })
  .register(z.globalRegistry, { id: 'SettingDifference' });
export type SettingDifference = z.infer<typeof SettingDifference>;

export const SettingsComparison = z
  .object({
    testProfileId: ProfileId,
    liveProfileId: ProfileId,
    differences: z.array(SettingDifference),
  })
  .register(z.globalRegistry, { id: 'SettingsComparison' });
export type SettingsComparison = z.infer<typeof SettingsComparison>;

export const SettingsCopyRequest = z
  .object({
    groups: z.array(CopyableGroup).check(z.minLength(1)),
    /** true: only say what would change. */
    preview: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'SettingsCopyRequest' });
export type SettingsCopyRequest = z.infer<typeof SettingsCopyRequest>;

export const SettingsCopyResult = z
  .object({
    applied: z.boolean(),
    changes: z.array(z.object({ group: CopyableGroup, field: z.string(), before: z.string(), after: z.string() })),
    /** Left as they are on live: secrets, read-only fields, plain-http URLs (live needs https). */
    kept: z.array(
      z.object({
        group: CopyableGroup,
        field: z.string(),
        reason: z.enum(['secret', 'read-only', 'live-needs-https']),
      }),
    ),
  })
  .register(z.globalRegistry, { id: 'SettingsCopyResult' });
export type SettingsCopyResult = z.infer<typeof SettingsCopyResult>;
