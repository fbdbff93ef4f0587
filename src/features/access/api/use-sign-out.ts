import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { callEndpoint } from '@/api/client';
import { endpoints } from '@/api/endpoints';
import { writeSessionToken } from '@/api/session-token';
import { LOGIN_PATH } from '../model/return-location';
import { endSession } from './session-queries';

/**
 * Signs out. The local session ends whatever the server answers (an expired session is signed
 * out already). The token goes first, so the sign-in page does not bounce back; the cache is
 * emptied after leaving the page, so nothing on it refetches on the way out.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => callEndpoint(endpoints.logout, {}),
    meta: { handlesUnauthenticated: true },
    onSettled: async () => {
      writeSessionToken(null);
      await navigate(LOGIN_PATH, { replace: true });
      endSession(queryClient);
    },
  });
}
