import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from '@/api/client';
import { webServiceEndpoints } from '@/api/web-service-endpoints';

export const webServiceKeys = {
  list: (profileId: string) => ['profiles', profileId, 'web-service-accounts'] as const,
};

export function webServiceAccountsQueryOptions(profileId: string) {
  return queryOptions({
    queryKey: webServiceKeys.list(profileId),
    queryFn: ({ signal }) =>
      callEndpoint(webServiceEndpoints.listWebServiceAccounts, { params: { profileId }, signal }),
  });
}

/** Every change answers from the server first, then the list is fetched again. */
function useAccountMutation<T, R>(profileId: string, run: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webServiceKeys.list(profileId) }),
  });
}

export const useCreateAccount = (profileId: string) =>
  useAccountMutation(profileId, (login: string) =>
    callEndpoint(webServiceEndpoints.createWebServiceAccount, { params: { profileId }, body: { login } }),
  );

export const useSetAccountDisabled = (profileId: string) =>
  useAccountMutation(profileId, ({ login, disabled }: { login: string; disabled: boolean }) =>
    callEndpoint(
      disabled ? webServiceEndpoints.disableWebServiceAccount : webServiceEndpoints.enableWebServiceAccount,
      {
        params: { profileId, login },
      },
    ),
  );

export const useRotatePassword = (profileId: string) =>
  useAccountMutation(profileId, (login: string) =>
    callEndpoint(webServiceEndpoints.rotateWebServiceAccount, { params: { profileId, login } }),
  );
