import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from '@/api/client';
import { userEndpoints } from '@/api/user-endpoints';
import type { CreateUserRequest, UpdateUserRequest } from '@/api/users';

export const userKeys = { list: ['users'] as const };

export function usersQueryOptions() {
  return queryOptions({
    queryKey: userKeys.list,
    queryFn: ({ signal }) => callEndpoint(userEndpoints.listUsers, { signal }),
  });
}

/** Every change to a user answers from the server, then the list is fetched again. */
function useUserMutation<T>(run: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.list }),
  });
}

export const useCreateUser = () =>
  useUserMutation((body: CreateUserRequest) => callEndpoint(userEndpoints.createUser, { body }));

export const useUpdateUser = () =>
  useUserMutation(({ login, body }: { login: string; body: UpdateUserRequest }) =>
    callEndpoint(userEndpoints.updateUser, { params: { login }, body }),
  );

export const useSetUserDisabled = () =>
  useUserMutation(({ login, disabled }: { login: string; disabled: boolean }) =>
    callEndpoint(disabled ? userEndpoints.disableUser : userEndpoints.enableUser, { params: { login } }),
  );

export const useResetPassword = () =>
  useUserMutation(({ login, temporaryPassword }: { login: string; temporaryPassword: string }) =>
    callEndpoint(userEndpoints.resetUserPassword, { params: { login }, body: { temporaryPassword } }),
  );

export const useEndUserSessions = () =>
  useUserMutation((login: string) => callEndpoint(userEndpoints.endUserSessions, { params: { login } }));

export const useDeleteUser = () =>
  useUserMutation((login: string) => callEndpoint(userEndpoints.deleteUser, { params: { login } }));

export const useUpdateSecurity = () =>
  useUserMutation((requireTotp: boolean) => callEndpoint(userEndpoints.updateSecurity, { body: { requireTotp } }));
