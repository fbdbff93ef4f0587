import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { callEndpoint } from '@/api/client';
import { writeCsrfToken } from '@/api/csrf-token';
import { sessionEndpoints } from '@/api/session-endpoints';
import { LOGIN_PATH } from '../model/return-location';
import { endSession } from './session-queries';

/**
 * Signs out: the gateway ends the session and clears its cookie. The local session ends whatever
 * the server answers (an expired session is signed out already). The CSRF token goes first, so
 * nothing private refetches; the cache is emptied after leaving the page.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => callEndpoint(sessionEndpoints.logout, {}),
    meta: { handlesUnauthenticated: true },
    onSettled: async () => {
      writeCsrfToken(null);
      await navigate(LOGIN_PATH, { replace: true });
      endSession(queryClient);
    },
  });
}
