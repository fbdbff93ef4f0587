/**
 * Answers that the page's preload script (`routePreload` in vite.config.ts) asked for while the
 * app's code was still loading: the session, and on the orders page its first page, requested
 * by their absolute URL exactly as the client would. The client takes each once, instead of
 * asking again; one not taken soon after the load is left alone, as it may be out of date.
 */
export interface EarlyRequest {
  /** `performance.now()` when it was sent. */
  at: number;
  /** Resolves with the answer, or undefined if the request failed (the client then asks itself). */
  response: Promise<Response | undefined>;
}

declare global {
  interface Window {
    __cabinetEarly?: Record<string, EarlyRequest>;
  }
}

/** An early answer this old is not used: the page has long been shown, a refetch asks afresh. */
export const EARLY_ANSWER_MS = 10_000;

/** The early request for this absolute URL, once; undefined if there is none or it is too old. */
export function takeEarlyResponse(url: string): Promise<Response | undefined> | undefined {
  const early = typeof window === 'undefined' ? undefined : window.__cabinetEarly;
  const request = early?.[url];
  if (!early || !request) return undefined;
  delete early[url];
  return performance.now() - request.at < EARLY_ANSWER_MS ? request.response : undefined;
}
