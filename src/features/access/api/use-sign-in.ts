import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from '@/api/client';
import { sessionEndpoints } from '@/api/session-endpoints';
import type { LoginRequest } from '@/api/session';
import { adoptSession, endSession } from './session-queries';

/**
 * Signs in; a 401 here means a wrong login or password (or a second factor to ask for), which
 * the form shows itself. `keepPage`: signing in again over a page whose session expired keeps
 * the page's cache (and so its drafts) when the same user comes back.
 */
export function useSignIn({ keepPageOf }: { keepPageOf?: string } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) => callEndpoint(sessionEndpoints.login, { body: credentials }),
    meta: { handlesUnauthenticated: true },
    onSuccess: async (session) => {
      const samePerson = keepPageOf !== undefined && keepPageOf === session.user.login;
      if (!samePerson) endSession(queryClient);
      adoptSession(queryClient, session);
      if (samePerson) await queryClient.invalidateQueries({ predicate: (query) => query.meta?.public !== true });
    },
  });
}
