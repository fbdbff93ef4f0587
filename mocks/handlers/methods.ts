import { getResponse, http, type HttpHandler } from 'msw';
import { endpoints, type EndpointDef } from '@/api/endpoints';
import { problemResponse } from './problems';
import { mswPath } from './resolver';

/** The methods each path of the contract answers, in the order of the endpoint table. */
function methodsByPath(): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const def of Object.values(endpoints) as EndpointDef[]) {
    const methods = byPath.get(def.path) ?? [];
    methods.push(def.method);
    byPath.set(def.path, methods);
  }
  return byPath;
}

/**
 * HTTP semantics on every path of the contract, after its own handlers: HEAD answers what GET
 * would, without the body (RFC 9110 §9.3.2); any other method the path does not have answers
 * 405 with `Allow`. Being msw handlers, the browser worker, Vitest and the standalone server
 * all behave alike.
 */
export function methodHandlers(endpointHandlers: readonly HttpHandler[]): HttpHandler[] {
  return [...methodsByPath()].map(([path, methods]) => {
    const allow = [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].join(', ');
    return http.all(mswPath({ path } as EndpointDef), async ({ request }) => {
      if (request.method === 'HEAD' && methods.includes('GET')) {
        const asGet = new Request(request.url, { method: 'GET', headers: request.headers, signal: request.signal });
        const answer = await getResponse([...endpointHandlers], asGet);
        if (answer) {
          await answer.body?.cancel();
          return new Response(null, { status: answer.status, statusText: answer.statusText, headers: answer.headers });
        }
      }
      const refused = problemResponse(405, { detail: `${request.method}: not allowed here (allowed: ${allow})` });
      refused.headers.set('Allow', allow);
      return refused;
    });
  });
}
