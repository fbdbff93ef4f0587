import { queryOptions } from '@tanstack/react-query';
import { callEndpoint } from '@/api/client';
import { settingsEndpoints } from '@/api/settings-endpoints';
import type { SettingsByGroup, SettingsGroup } from '@/api/settings';
import type { SettingsState, SettingsStateOf } from '@/api/settings-versions';

export const settingsKeys = {
  all: (profileId: string) => ['profiles', profileId, 'settings'] as const,
  group: (profileId: string, group: SettingsGroup) => [...settingsKeys.all(profileId), group] as const,
  history: (profileId: string, group: SettingsGroup) => [...settingsKeys.group(profileId, group), 'history'] as const,
};

/** The read and save endpoints of each group. */
export const GROUP_ENDPOINTS = {
  payments: { read: settingsEndpoints.getPaymentSettings, save: settingsEndpoints.savePaymentSettings },
  notifications: { read: settingsEndpoints.getNotificationSettings, save: settingsEndpoints.saveNotificationSettings },
  signature: { read: settingsEndpoints.getSignatureSettings, save: settingsEndpoints.saveSignatureSettings },
  register: { read: settingsEndpoints.getRegisterSettings, save: settingsEndpoints.saveRegisterSettings },
  enterprise: { read: settingsEndpoints.getEnterpriseSettings, save: settingsEndpoints.saveEnterpriseSettings },
} as const;

// Each group's endpoints have the same shape with their own schemas; the casts below pick the
// group's pair, which the table above proves belong together.
type ReadCall = (
  endpoint: (typeof GROUP_ENDPOINTS)[SettingsGroup]['read'],
  args: { params: { profileId: string }; signal?: AbortSignal },
) => Promise<SettingsState>;
export type SaveCall = (
  endpoint: (typeof GROUP_ENDPOINTS)[SettingsGroup]['save'],
  args: { params: { profileId: string }; headers: { 'if-match': string }; body: SettingsByGroup[SettingsGroup] },
) => Promise<SettingsState>;

export function settingsQueryOptions<G extends SettingsGroup>(profileId: string, group: G) {
  return queryOptions({
    queryKey: settingsKeys.group(profileId, group),
    queryFn: ({ signal }) =>
      (callEndpoint as ReadCall)(GROUP_ENDPOINTS[group].read, { params: { profileId }, signal }) as Promise<
        SettingsStateOf<G>
      >,
  });
}

export function settingsHistoryQueryOptions(profileId: string, group: SettingsGroup) {
  return queryOptions({
    queryKey: settingsKeys.history(profileId, group),
    queryFn: ({ signal }) =>
      callEndpoint(settingsEndpoints.listSettingsVersions, { params: { profileId, group }, signal }),
  });
}
