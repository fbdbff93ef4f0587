import type { AppRouter } from './cabinet-app';

/**
 * How long the first render waits for the opened page's data before it shows the loading state
 * instead. On a fast connection the page is ready well within it and appears whole, with no
 * flash of the loading state; on a slow one the visitor sees that the page is loading.
 */
export const FIRST_PAGE_WAIT_MS = 300;

/**
 * Resolves once the router has loaded the first page (its loaders have answered), or after
 * `waitMs`, whichever comes first. Either way it resolves: it only decides what renders first.
 */
export function firstPageLoaded(router: AppRouter, waitMs = FIRST_PAGE_WAIT_MS): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
    const timer = setTimeout(() => {
      stop();
      resolve();
    }, waitMs);
  });
}
