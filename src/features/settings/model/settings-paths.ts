import { SETTINGS_GROUPS, type SettingsGroup } from '@/api/settings-groups';

export function settingsPath(profileId: string, group: SettingsGroup = 'payments'): string {
  return `/p/${encodeURIComponent(profileId)}/settings/${group}`;
}

export function isSettingsGroup(value: string | undefined): value is SettingsGroup {
  return SETTINGS_GROUPS.some((group) => group === value);
}
