import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from '@/api/client';
import { endpoints } from '@/api/endpoints';
import type { LoginRequest } from '@/api/session';
import { writeSessionToken } from '@/api/session-token';
import { endSession, sessionQueryOptions } from './session-queries';

/** Signs in; a 401 here means a wrong login or password, which the form shows itself. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) => callEndpoint(endpoints.login, { body: credentials }),
    meta: { handlesUnauthenticated: true },
    onSuccess: ({ token, ...session }) => {
      endSession(queryClient);
      writeSessionToken(token);
      queryClient.setQueryData(sessionQueryOptions().queryKey, session);
    },
  });
}
