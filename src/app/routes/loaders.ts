import type { QueryClient } from '@tanstack/react-query';
import { data, redirect, type LoaderFunctionArgs, type ShouldRevalidateFunction } from 'react-router';
import { Billnumber } from '@/api/orders';
import { isApiError } from '@/api/problem';
import type { SessionInfo } from '@/api/session';
import { readSessionToken } from '@/api/session-token';
import { metaQueryOptions, sessionQueryOptions } from '@/features/access/api/session-queries';
import { RETURN_PARAM, loginPath, safeReturnPath } from '@/features/access/model/return-location';
import {
  orderCountsQueryOptions,
  orderDetailQueryOptions,
  orderListQueryOptions,
} from '@/features/orders/api/order-queries';
import { parseListQuery } from '@/features/orders/model/list-query';
import { countFiltersOf } from '@/features/orders/model/order-filters';
import { ordersPath } from '@/features/orders/model/paths';

function returnPathOf(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}${url.hash}`;
}

function notFound(): never {
  throw data(null, { status: 404 });
}

/** What the not-found page names: an order that this profile does not have. */
export interface MissingOrder {
  missingOrder: string;
}

function orderNotFound(billnumber: string): never {
  throw data({ missingOrder: billnumber } satisfies MissingOrder, { status: 404 });
}

/**
 * Every page behind sign-in starts here. Without a token there is nothing to ask: straight to
 * the sign-in page, remembering where the visitor was going. A token the server rejects (401)
 * is handled by the query cache, once, in the same way.
 */
export async function requireSession(queryClient: QueryClient, request: Request): Promise<SessionInfo> {
  if (!readSessionToken()) throw redirect(loginPath(returnPathOf(request)));
  return queryClient.ensureQueryData(sessionQueryOptions());
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
    if (!readSessionToken()) return null;
    try {
      await queryClient.ensureQueryData(sessionQueryOptions());
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
 * Starts the first page while the page's code loads, together with the session rather than
 * after it: the token is already at hand, and a token the server rejects makes both answer 401,
 * which the query cache handles once. A failure is not thrown here: the page shows it next to
 * the heading, with a retry.
 */
export function ordersLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const query = parseListQuery(new URL(request.url).searchParams);
    const profileId = params.profileId ?? '';
    let firstPage: Promise<unknown> | undefined;
    if (readSessionToken()) {
      firstPage = queryClient.ensureQueryData(orderListQueryOptions(profileId, query)).catch(() => undefined);
      // The counts are not waited for: the first rows matter more than the numbers on the views.
      void queryClient.prefetchQuery(orderCountsQueryOptions(profileId, countFiltersOf(query)));
    }
    await requireSession(queryClient, request);
    await firstPage;
    return null;
  };
}

/** Paging and sorting only change the search: the page fetches and keeps the old rows meanwhile. */
export const ordersShouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search ? false : defaultShouldRevalidate;

/** An order that does not exist (or a number that cannot be one) is a 404 page. */
export function orderLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    const billnumber = Billnumber.safeParse(params.billnumber);
    if (!billnumber.success) orderNotFound(params.billnumber ?? '');
    try {
      await queryClient.ensureQueryData(orderDetailQueryOptions(params.profileId ?? '', billnumber.data));
    } catch (error) {
      if (isApiError(error, 404)) orderNotFound(billnumber.data);
    }
    return null;
  };
}
