import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from '@/api/client';
import { sessionEndpoints } from '@/api/session-endpoints';
import type { ChangePasswordRequest } from '@/api/session';
import { adoptSession } from './session-queries';

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordRequest) => callEndpoint(sessionEndpoints.changePassword, { body }),
    onSuccess: (session) => adoptSession(queryClient, session),
  });
}
