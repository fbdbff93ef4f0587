import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { callEndpoint } from '@/api/client';
import { writeCsrfToken } from '@/api/csrf-token';
import { sessionEndpoints } from '@/api/session-endpoints';
import type { SessionInfo } from '@/api/session';

export const sessionKeys = {
  session: ['session'] as const,
  meta: ['meta'] as const,
  sessions: ['session', 'all'] as const,
};

/** Takes in a session the gateway answered: its CSRF token goes with every write from now on. */
export function adoptSession(queryClient: QueryClient, session: SessionInfo): void {
  writeCsrfToken(session.csrfToken);
  queryClient.setQueryData(sessionKeys.session, session);
}

/**
 * The signed-in user, their rights and profiles. Route loaders ensure it before any page; it is
 * also how a reloaded page learns it has a session (the cookie is out of script's reach).
 */
export function sessionQueryOptions() {
  return queryOptions({
    queryKey: sessionKeys.session,
    queryFn: async ({ signal }) => {
      const session = await callEndpoint(sessionEndpoints.getSession, { signal });
      writeCsrfToken(session.csrfToken);
      return session;
    },
    staleTime: 5 * 60_000,
    // A missing session is the loaders' to handle: they send the visitor to sign in.
    meta: { handlesUnauthenticated: true },
  });
}

/** Public facts (demo mode and demo accounts); readable before sign-in, kept after sign-out. */
export function metaQueryOptions() {
  return queryOptions({
    queryKey: sessionKeys.meta,
    queryFn: ({ signal }) => callEndpoint(sessionEndpoints.getMeta, { signal }),
    staleTime: Infinity,
    meta: { public: true },
  });
}

/** Forgets the session: the CSRF token and every cached answer that belonged to it. */
export function endSession(queryClient: QueryClient): void {
  writeCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.meta?.public !== true });
}
