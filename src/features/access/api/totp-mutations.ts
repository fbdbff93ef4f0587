import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from '@/api/client';
import { sessionEndpoints } from '@/api/session-endpoints';
import { sessionKeys } from './session-queries';

export const useStartTotp = () => useMutation({ mutationFn: () => callEndpoint(sessionEndpoints.startTotp, {}) });

/** Confirming (or removing) the second factor changes the session's own facts: refetch it. */
export function useConfirmTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => callEndpoint(sessionEndpoints.confirmTotp, { body: { code } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.session, exact: true }),
  });
}
