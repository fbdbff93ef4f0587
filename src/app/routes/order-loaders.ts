import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import { Billnumber } from '@/api/orders';
import { isApiError } from '@/api/problem';
import { readCsrfToken } from '@/api/csrf-token';
import {
  fetchOrderCounts,
  fetchOrderPage,
  orderCountsQueryOptions,
  orderDetailQueryOptions,
  orderListQueryOptions,
} from '@/features/orders/api/order-queries';
import { parseListQuery } from '@/features/orders/model/list-query';
import { countFiltersOf } from '@/features/orders/model/order-filters';
import { requireSession } from './loaders';

/** What the not-found page names: an order that this profile does not have. */
export interface MissingOrder {
  missingOrder: string;
}

function orderNotFound(billnumber: string): never {
  throw data({ missingOrder: billnumber } satisfies MissingOrder, { status: 404 });
}

/**
 * Starts the first page while the page's code loads, together with the session rather than
 * after it. With the token at hand (a move within the cabinet) the cache asks; a token the
 * server rejects makes both answer 401, which the query cache handles once. A fresh load has no
 * token until the session answers, yet its cookie may well hold a session: the first page and
 * the counts are asked for beside it, outside the cache (a 401 there only means "not signed in",
 * which the session's answer already handles), and kept once the session is confirmed. A
 * failure is not thrown here: the page shows it next to the heading, with a retry.
 */
export function ordersLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const query = parseListQuery(new URL(request.url).searchParams);
    const profileId = params.profileId ?? '';
    const filters = countFiltersOf(query);
    const list = orderListQueryOptions(profileId, query);
    const counts = orderCountsQueryOptions(profileId, filters);
    if (readCsrfToken() !== null) {
      const firstPage = queryClient.ensureQueryData(list).catch(() => undefined);
      // The counts are not waited for: the first rows matter more than the numbers on the views.
      void queryClient.prefetchQuery(counts);
      await requireSession(queryClient, request);
      await firstPage;
      return null;
    }
    const pageAhead = settled(fetchOrderPage(profileId, query, request.signal));
    const countsAhead = settled(fetchOrderCounts(profileId, filters, request.signal));
    await requireSession(queryClient, request);
    void queryClient.prefetchQuery({
      ...counts,
      queryFn: ({ signal }) => answerOr(countsAhead, () => fetchOrderCounts(profileId, filters, signal)),
    });
    await queryClient
      .ensureQueryData({
        ...list,
        queryFn: ({ signal }) => answerOr(pageAhead, () => fetchOrderPage(profileId, query, signal)),
      })
      .catch(() => undefined);
    return null;
  };
}

type Settled<T> = { ok: true; data: T } | { ok: false };

/** A request's answer or the fact that it failed, never a rejection left unhandled. */
function settled<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (data): Settled<T> => ({ ok: true, data }),
    (): Settled<T> => ({ ok: false }),
  );
}

/** The answer asked for ahead of the session; if that failed, the cache asks again itself. */
async function answerOr<T>(ahead: Promise<Settled<T>>, askAgain: () => Promise<T>): Promise<T> {
  const answer = await ahead;
  return answer.ok ? answer.data : askAgain();
}

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
