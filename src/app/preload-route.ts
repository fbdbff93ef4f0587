declare global {
  interface Window {
    /** The route-preload script's (vite.config.ts): adds modulepreload links for an address's chunks. */
    __cabinetPreload?: (path: string) => void;
  }
}

/**
 * Once the page is idle, fetches the code of the page at `path` (from the build's route-preload
 * table), so going there next waits for no chunk. The sign-in page does it for the orders
 * monitor, where a visitor goes once signed in: the modules are fetched and compiled, not run.
 * A build without the script (the dev server, tests) fetches nothing ahead. Returns the cancel.
 */
export function preloadRouteWhenIdle(path: string): () => void {
  const preload = typeof window === 'undefined' ? undefined : window.__cabinetPreload;
  if (!preload) return () => undefined;
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = window.setTimeout(() => preload(path), 1000);
    return () => window.clearTimeout(timer);
  }
  const handle = window.requestIdleCallback(() => preload(path), { timeout: 3000 });
  return () => window.cancelIdleCallback(handle);
}
