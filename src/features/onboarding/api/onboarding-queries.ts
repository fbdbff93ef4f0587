import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from '@/api/client';
import { onboardingEndpoints } from '@/api/onboarding-endpoints';
import type { Onboarding, TestPaymentRequest } from '@/api/onboarding';
import type { SettingsCopyRequest } from '@/api/settings-compare';

export const onboardingKeys = {
  checklist: (profileId: string) => ['profiles', profileId, 'onboarding'] as const,
};

export function onboardingQueryOptions(profileId: string) {
  return queryOptions({
    queryKey: onboardingKeys.checklist(profileId),
    queryFn: ({ signal }) => callEndpoint(onboardingEndpoints.getOnboarding, { params: { profileId }, signal }),
  });
}

/** Every answer is the whole checklist. */
function useChecklistMutation<T>(profileId: string, run: (input: T) => Promise<Onboarding>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (checklist) => queryClient.setQueryData(onboardingKeys.checklist(profileId), checklist),
  });
}

export const useSetContracts = (profileId: string) =>
  useChecklistMutation(profileId, (signed: boolean) =>
    callEndpoint(onboardingEndpoints.setContracts, { params: { profileId }, body: { signed } }),
  );

export const useRequestSwitch = (profileId: string) =>
  useChecklistMutation(profileId, () => callEndpoint(onboardingEndpoints.requestSwitch, { params: { profileId } }));

/** A test payment answers its order; the checklist and the order lists then catch up. */
export function useTestPayment(profileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TestPaymentRequest) =>
      callEndpoint(onboardingEndpoints.makeTestPayment, { params: { profileId }, body }),
    // Everything of the profile: its checklist, its order lists and counts.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['profiles', profileId] }),
  });
}

export function settingsCompareQueryOptions(testProfileId: string) {
  return queryOptions({
    queryKey: ['profiles', testProfileId, 'settings-compare'] as const,
    queryFn: ({ signal }) =>
      callEndpoint(onboardingEndpoints.compareSettings, { params: { profileId: testProfileId }, signal }),
  });
}

/** A preview answers what would change; an applied copy refreshes both profiles' views. */
export function useCopySettings(testProfileId: string, liveProfileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SettingsCopyRequest) =>
      callEndpoint(onboardingEndpoints.copySettings, { params: { profileId: testProfileId }, body }),
    onSuccess: (result) =>
      result.applied
        ? Promise.all([
            queryClient.invalidateQueries({ queryKey: ['profiles', testProfileId, 'settings-compare'] }),
            queryClient.invalidateQueries({ queryKey: ['profiles', liveProfileId] }),
          ])
        : undefined,
  });
}
