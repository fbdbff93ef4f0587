import type { QueryClient } from '@tanstack/react-query';
import { data, redirect, type LoaderFunctionArgs, type ShouldRevalidateFunction } from 'react-router';
import { isApiError } from '@/api/problem';
import { readCsrfToken } from '@/api/csrf-token';
import type { Right } from '@/api/rights';
import type { SessionInfo } from '@/api/session';
import { can } from '@/lib/permissions';
import { metaQueryOptions, sessionQueryOptions } from '@/features/access/api/session-queries';
import { sessionExpiredLogin } from '@/features/access/model/session-expiry';
import { RETURN_PARAM, loginPath, safeReturnPath, setupPath } from '@/features/access/model/return-location';
import { ordersPath } from '@/features/orders/model/paths';

function returnPathOf(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The session as the page knows it. While the page holds a CSRF token the cached session is
 * current, and so it is while the sign-in dialog covers an expired page (the page must not be
 * torn down under it); otherwise (after sign-out, on a fresh load) only the gateway can say, so
 * it is asked again.
 */
function currentSession(queryClient: QueryClient): Promise<SessionInfo> {
  const options = sessionQueryOptions();
  return readCsrfToken() === null && sessionExpiredLogin() === null
    ? queryClient.fetchQuery({ ...options, staleTime: 0 })
    : queryClient.ensureQueryData(options);
}

function notFound(): never {
  throw data(null, { status: 404 });
}

/**
 * Every page behind sign-in starts here. The session cookie is out of script's reach, so the
 * gateway is asked; without a session (401) the visitor goes to sign in, the location they were
 * heading to remembered. A first sign-in with a step to take (temporary password, required
 * second factor) goes to that step first.
 */
export async function requireSession(queryClient: QueryClient, request: Request): Promise<SessionInfo> {
  let session: SessionInfo;
  try {
    session = await currentSession(queryClient);
  } catch (error) {
    if (isApiError(error, 401)) throw redirect(loginPath(returnPathOf(request)));
    throw error;
  }
  if (session.user.pending !== null) throw redirect(setupPath(returnPathOf(request)));
  return session;
}

/** The first-sign-in steps: only with a session that has one to take. */
export function setupLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    let session: SessionInfo;
    try {
      session = await currentSession(queryClient);
    } catch {
      throw redirect(loginPath());
    }
    if (session.user.pending === null) {
      throw redirect(safeReturnPath(new URL(request.url).searchParams.get(RETURN_PARAM)) ?? '/');
    }
    return null;
  };
}

export function sessionLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    return null;
  };
}

/** A visitor who is already signed in skips the form. */
export function loginLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    void queryClient.prefetchQuery(metaQueryOptions());
    try {
      await currentSession(queryClient);
    } catch {
      return null;
    }
    throw redirect(safeReturnPath(new URL(request.url).searchParams.get(RETURN_PARAM)) ?? '/');
  };
}

/** "/" opens the orders of the first live profile (the test one only when there is no live one). */
export function homeLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const session = await requireSession(queryClient, request);
    const profile = session.profiles.find((candidate) => candidate.mode === 'live') ?? session.profiles[0];
    if (!profile) return notFound();
    throw redirect(ordersPath(profile.id));
  };
}

/** Only the session's own profiles exist for this visitor. */
export function profileLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const session = await requireSession(queryClient, request);
    if (!session.profiles.some((profile) => profile.id === params.profileId)) notFound();
    return null;
  };
}

export function profileIndexLoader({ params }: LoaderFunctionArgs) {
  throw redirect(ordersPath(params.profileId ?? ''));
}

/**
 * Filters, paging and sorting only change the search: the page fetches and keeps the old rows
 * meanwhile, and neither the session nor the profile is asked again. Without a loader to wait
 * for, the router commits the new address at once instead of passing through "loading" (which
 * re-rendered the shell twice per click).
 */
export const revalidateUnlessSearchOnly: ShouldRevalidateFunction = ({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}) =>
  currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search ? false : defaultShouldRevalidate;

/**
 * The orders' loaders and the contract they parse with come with the monitor's chunk, not with
 * the entry, which the sign-in page loads too. Nothing waits for that chunk more than before: a
 * load's route-preload script fetches it and the first page's answer alongside the entry, the
 * sign-in page fetches it once shown, and within the cabinet it is already there.
 */
const orderLoaders = () => import('./order-loaders');

export function ordersLoader(queryClient: QueryClient) {
  return async (args: LoaderFunctionArgs) => (await orderLoaders()).ordersLoader(queryClient)(args);
}

export function orderLoader(queryClient: QueryClient) {
  return async (args: LoaderFunctionArgs) => (await orderLoaders()).orderLoader(queryClient)(args);
}

/** A section of the cabinet behind one grant: without it the section does not exist (404). */
export function rightLoader(queryClient: QueryClient, right: Right | null) {
  return async ({ request }: LoaderFunctionArgs) => {
    const session = await requireSession(queryClient, request);
    if (right !== null && !can(session, right)) notFound();
    return null;
  };
}
