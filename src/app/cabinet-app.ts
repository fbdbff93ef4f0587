import type { QueryClient, DefaultOptions } from '@tanstack/react-query';
import type { createBrowserRouter, RouteObject } from 'react-router';
import { writeCsrfToken } from '@/api/csrf-token';
import type { SessionInfo } from '@/api/session';
import { endSession, sessionKeys } from '@/features/access/api/session-queries';
import { LOGIN_PATH, loginPath } from '@/features/access/model/return-location';
import { clearSessionExpired, markSessionExpired } from '@/features/access/model/session-expiry';
import { createQueryClient } from './query-client';
import { createRoutes } from './routes/route-table';

export type AppRouter = ReturnType<typeof createBrowserRouter>;

export interface CabinetApp {
  queryClient: QueryClient;
  router: AppRouter;
}

/**
 * When the session turns out to be gone. Over a page of the cabinet, the page stays as it is
 * (an open dialog keeps what was typed in it) and a sign-in dialog covers it; private queries
 * pause until the same user signs in again. Without such a page: forget the session, go to the
 * sign-in page with the location the visitor was heading to, then empty the cache once that
 * page is shown, so nothing on the old page refetches on the way out. Further 401s meanwhile
 * find the sign-in already on its way and do nothing more.
 */
async function signInAgain(router: AppRouter, queryClient: QueryClient): Promise<void> {
  const target = router.state.navigation.location ?? router.state.location;
  const session = queryClient.getQueryData<SessionInfo>(sessionKeys.session);
  writeCsrfToken(null);
  if (session && router.state.location.pathname !== LOGIN_PATH) {
    markSessionExpired(session.user.login);
    return;
  }
  if (target.pathname !== LOGIN_PATH) {
    await router.navigate(loginPath(`${target.pathname}${target.search}${target.hash}`), { replace: true });
  }
  endSession(queryClient);
}

/** The query client and the router, wired together; the router is chosen by the caller. */
export function createCabinetApp(
  createRouter: (routes: RouteObject[]) => AppRouter,
  options: { queryDefaults?: DefaultOptions['queries'] } = {},
): CabinetApp {
  let router: AppRouter | null = null;
  clearSessionExpired();
  const queryClient = createQueryClient({
    onUnauthenticated: () => {
      if (router) void signInAgain(router, queryClient);
    },
    queryDefaults: options.queryDefaults,
  });
  router = createRouter(createRoutes(queryClient));
  return { queryClient, router };
}
