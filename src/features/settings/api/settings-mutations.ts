import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from '@/api/client';
import { settingsEndpoints } from '@/api/settings-endpoints';
import type { SetSecretWordRequest, SettingsByGroup, SettingsGroup } from '@/api/settings';
import { etagOf, type SettingsState, type SettingsStateOf } from '@/api/settings-versions';
import { GROUP_ENDPOINTS, settingsKeys, type SaveCall } from './settings-queries';

/** A new version answered by the gateway becomes the group's data; its history is read again. */
function useAdoptVersion(profileId: string) {
  const queryClient = useQueryClient();
  return (state: SettingsState) => {
    queryClient.setQueryData(settingsKeys.group(profileId, state.group), state);
    return queryClient.invalidateQueries({ queryKey: settingsKeys.history(profileId, state.group) });
  };
}

export function useSaveSettings<G extends SettingsGroup>(profileId: string, group: G) {
  const adopt = useAdoptVersion(profileId);
  return useMutation({
    mutationFn: ({ value, basedOn }: { value: SettingsByGroup[G]; basedOn: number }) =>
      (callEndpoint as SaveCall)(GROUP_ENDPOINTS[group].save, {
        params: { profileId },
        headers: { 'if-match': etagOf(basedOn) },
        body: value,
      }) as Promise<SettingsStateOf<G>>,
    onSuccess: adopt,
  });
}

export function useRestoreVersion(profileId: string, group: SettingsGroup) {
  const adopt = useAdoptVersion(profileId);
  return useMutation({
    mutationFn: ({ version, basedOn }: { version: number; basedOn: number }) =>
      callEndpoint(settingsEndpoints.restoreSettingsVersion, {
        params: { profileId, group, version },
        headers: { 'if-match': etagOf(basedOn) },
      }),
    onSuccess: adopt,
  });
}

export function useSetSecretWord(profileId: string) {
  const adopt = useAdoptVersion(profileId);
  return useMutation({
    mutationFn: (body: SetSecretWordRequest) =>
      callEndpoint(settingsEndpoints.setSecretWord, { params: { profileId }, body }),
    onSuccess: adopt,
  });
}

export function useResendRegister(profileId: string) {
  return useMutation({
    mutationFn: (day: string) =>
      callEndpoint(settingsEndpoints.resendRegister, { params: { profileId }, body: { day } }),
  });
}
