import { queryOptions, useMutation } from '@tanstack/react-query';
import { callEndpoint } from '@/api/client';
import { onboardingEndpoints } from '@/api/onboarding-endpoints';
import type { CheckValueRequest } from '@/api/onboarding';

export const integrationKeys = {
  facts: (profileId: string) => ['profiles', profileId, 'integration'] as const,
  sample: (profileId: string, order: CheckValueRequest) =>
    ['profiles', profileId, 'integration', 'check-value', order] as const,
};

export function integrationQueryOptions(profileId: string) {
  return queryOptions({
    queryKey: integrationKeys.facts(profileId),
    queryFn: ({ signal }) => callEndpoint(onboardingEndpoints.getIntegration, { params: { profileId }, signal }),
  });
}

/** The check value of one order under the profile's secret word, which never leaves the gateway. */
export function checkValueQueryOptions(profileId: string, order: CheckValueRequest) {
  return queryOptions({
    queryKey: integrationKeys.sample(profileId, order),
    queryFn: ({ signal }) =>
      callEndpoint(onboardingEndpoints.computeCheckValue, { params: { profileId }, body: order, signal }),
  });
}

export const useComputeCheckValue = (profileId: string) =>
  useMutation({
    mutationFn: (order: CheckValueRequest) =>
      callEndpoint(onboardingEndpoints.computeCheckValue, { params: { profileId }, body: order }),
  });
