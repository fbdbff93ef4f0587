import { MutationCache, QueryCache, QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { isApiError } from '@/api/problem';
import { readCsrfToken } from '@/api/csrf-token';
import { retryDelay, shouldRetryRequest } from '@/lib/query-policy';

export interface QueryClientSetup {
  /** Called once per failed request that found the session gone (401). */
  onUnauthenticated: () => void;
  /** Test runs turn retries off; the app keeps the defaults. */
  queryDefaults?: DefaultOptions['queries'];
}

/**
 * The one place where a 401 is handled: the fetch client only reports it, and the sign-in
 * mutation, for which 401 means "wrong password", opts out through its meta.
 */
export function createQueryClient({ onUnauthenticated, queryDefaults }: QueryClientSetup): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isApiError(error, 401) && query.meta?.handlesUnauthenticated !== true) onUnauthenticated();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => {
        if (isApiError(error, 401) && mutation.meta?.handlesUnauthenticated !== true) onUnauthenticated();
      },
    }),
    defaultOptions: {
      queries: {
        // Without a session only public data is fetched: a page still on screen while the
        // sign-in page loads must not keep asking (and failing) for private data.
        enabled: (query) => query.meta?.public === true || readCsrfToken() !== null,
        retry: shouldRetryRequest,
        retryDelay,
        staleTime: 30_000,
        ...queryDefaults,
      },
      mutations: { retry: false },
    },
  });
}
