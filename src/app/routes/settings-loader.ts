import type { QueryClient } from '@tanstack/react-query';
import { data, redirect, type LoaderFunctionArgs } from 'react-router';
import { readCsrfToken } from '@/api/csrf-token';
import { isSettingsGroup, settingsPath } from '@/features/settings/model/settings-paths';
import { requireSession } from './loaders';

/** `/p/:profileId/settings` opens the first group. */
export function settingsIndexLoader({ params }: LoaderFunctionArgs) {
  throw redirect(settingsPath(params.profileId ?? ''));
}

/** A group that does not exist is a 404 page; a known one starts loading with the page's code. */
export function settingsLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    if (!isSettingsGroup(params.group)) throw data(null, { status: 404 });
    if (readCsrfToken() !== null) {
      // The settings' contract comes with the settings page's code, not with every page's entry.
      const group = params.group;
      void import('@/features/settings/api/settings-queries').then(({ settingsQueryOptions }) =>
        queryClient.prefetchQuery(settingsQueryOptions(params.profileId ?? '', group)),
      );
    }
    await requireSession(queryClient, request);
    return null;
  };
}
