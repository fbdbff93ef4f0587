import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { callEndpoint } from '@/api/client';
import { endpoints } from '@/api/endpoints';
import { writeSessionToken } from '@/api/session-token';

export const sessionKeys = {
  session: ['session'] as const,
  meta: ['meta'] as const,
};

/** The signed-in user, their rights and profiles. Route loaders ensure it before any page. */
export function sessionQueryOptions() {
  return queryOptions({
    queryKey: sessionKeys.session,
    queryFn: ({ signal }) => callEndpoint(endpoints.getSession, { signal }),
    staleTime: 5 * 60_000,
  });
}

/** Public facts (demo mode and demo accounts); readable before sign-in, kept after sign-out. */
export function metaQueryOptions() {
  return queryOptions({
    queryKey: sessionKeys.meta,
    queryFn: ({ signal }) => callEndpoint(endpoints.getMeta, { signal }),
    staleTime: Infinity,
    meta: { public: true },
  });
}

/** Forgets the session: the token and every cached answer that belonged to it. */
export function endSession(queryClient: QueryClient): void {
  writeSessionToken(null);
  queryClient.removeQueries({ predicate: (query) => query.meta?.public !== true });
}
