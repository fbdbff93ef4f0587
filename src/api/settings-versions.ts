import * as z from 'zod/mini';
import { Instant } from './common';
import {
  EnterpriseSettings,
  NotificationSettings,
  PaymentSettings,
  RegisterSettings,
  SettingsGroup,
  SignatureSettings,
  type SettingsByGroup,
} from './settings';

/**
 * Every save of a settings group is a version. The version number is the group's ETag: a save
 * or a restore names the version it was based on in `If-Match`, and the gateway refuses it with
 * 412 when someone saved first, so nobody overwrites a colleague unawares.
 */
export const SettingsVersionNumber = z.int().check(z.minimum(1));

/** `If-Match: "<version>"`, required on every write of a group. */
export const IfMatchHeaders = z.object({
  'if-match': z.string().check(z.regex(/^(W\/)?"\d{1,9}"$/, 'If-Match: "<version>"')),
});

/** `ETag: "<version>"` of the group as answered. */
export const ETagHeaders = z.object({ etag: z.string() });

export function etagOf(version: number): string {
  return `"${version}"`;
}

export function versionOfETag(etag: string): number {
  return Number(etag.replace(/^W\//, '').replaceAll('"', ''));
}

function stateOf<G extends SettingsGroup, S extends z.ZodMiniType<SettingsByGroup[G]>>(group: G, value: S, id: string) {
  return z
    .object({
      group: z.literal(group),
      version: SettingsVersionNumber,
      /** Null for the settings the shop was set up with. */
      updatedAt: z.nullable(Instant),
      updatedBy: z.nullable(z.string()),
      value,
    })
    .register(z.globalRegistry, { id });
}

export const PaymentSettingsState = stateOf('payments', PaymentSettings, 'PaymentSettingsState');
export const NotificationSettingsState = stateOf('notifications', NotificationSettings, 'NotificationSettingsState');
export const SignatureSettingsState = stateOf('signature', SignatureSettings, 'SignatureSettingsState');
export const RegisterSettingsState = stateOf('register', RegisterSettings, 'RegisterSettingsState');
export const EnterpriseSettingsState = stateOf('enterprise', EnterpriseSettings, 'EnterpriseSettingsState');

export const SettingsState = z
  .discriminatedUnion('group', [
    PaymentSettingsState,
    NotificationSettingsState,
    SignatureSettingsState,
    RegisterSettingsState,
    EnterpriseSettingsState,
  ])
  .register(z.globalRegistry, { id: 'SettingsState' });
export type SettingsState = z.infer<typeof SettingsState>;

/** A group's current version, by group. */
export type SettingsStateOf<G extends SettingsGroup> = Extract<SettingsState, { group: G }>;

/** A field's value as history shows it; secrets are masked before they get here. */
export const SettingsValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
export type SettingsValue = z.infer<typeof SettingsValue>;

export const SettingsChange = z.object({ field: z.string(), before: SettingsValue, after: SettingsValue });
export type SettingsChange = z.infer<typeof SettingsChange>;

export const SettingsVersion = z
  .object({
    version: SettingsVersionNumber,
    at: z.nullable(Instant),
    by: z.nullable(z.string()),
    /** Set when this version brought back an earlier one. */
    restoredFrom: z.nullable(SettingsVersionNumber),
    changes: z.array(SettingsChange),
  })
  .register(z.globalRegistry, { id: 'SettingsVersion' });
export type SettingsVersion = z.infer<typeof SettingsVersion>;

/** Newest first. */
export const SettingsHistory = z
  .object({ group: SettingsGroup, items: z.array(SettingsVersion) })
  .register(z.globalRegistry, { id: 'SettingsHistory' });
export type SettingsHistory = z.infer<typeof SettingsHistory>;

/** What the secret word's mask looks like wherever a change of it is recorded. */
export const SECRET_MASK = '••••••••';
