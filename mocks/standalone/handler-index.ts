import type { RequestHandler } from 'msw';

/**
 * A loose pattern for an msw path ("*\/api/v1/profiles/:profileId/orders"): it accepts every
 * pathname msw would, perhaps a few more, never fewer. `*` is anything, a parameter any segment,
 * case is ignored and a trailing slash optional, as in path-to-regexp. Null (try the handler
 * always) for a RegExp, a predicate or an absolute URL.
 */
function loosePattern(path: unknown): RegExp | null {
  if (typeof path !== 'string' || !/^[*/]/.test(path)) return null;
  const source = path
    .split(/(\*|:\w+)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}/?$`, 'i');
}

/**
 * The handlers that could answer a pathname, in their order. msw tries every handler in turn and
 * parses the request's cookies and URL for each: with some 120 handlers that was most of an
 * answer's time. msw still decides among these few, so the answer is the same.
 */
export function handlerIndex<H extends RequestHandler>(handlers: readonly H[]): (pathname: string) => H[] {
  const patterns = handlers.map((handler) => loosePattern((handler.info as { path?: unknown }).path));
  return (pathname) => handlers.filter((_, index) => patterns[index]?.test(pathname) ?? true);
}
