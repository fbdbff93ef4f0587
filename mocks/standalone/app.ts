import { createServer, type Server } from 'node:http';
import { getResponse } from 'msw';
import { API_BASE_PATH } from '@/api/endpoints';
import { handlers } from '../handlers/handlers';
import { problemResponse } from '../handlers/problems';
import { sendFetchResponse, toFetchRequest } from './node-http';
import { createStaticSite } from './static-files';

/** Other origins (a vite dev server pointed here by VITE_API_BASE_URL) may call the API. */
const CORS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  // The export's file name and row count must be readable by the cabinet's script.
  'Access-Control-Expose-Headers': 'Content-Disposition, X-Total-Count',
  'Access-Control-Max-Age': '600',
};

/**
 * The mock API over real HTTP: every /api request goes to the same msw handlers as in the
 * browser and in vitest (no second implementation); other paths serve the production build.
 */
export function createGatewayServer(options: { dist?: string } = {}): Server {
  const site = options.dist ? createStaticSite(options.dist) : null;
  return createServer((req, res) => {
    void (async () => {
      try {
        const origin = `http://${req.headers.host ?? 'localhost'}`;
        const pathname = new URL(req.url ?? '/', origin).pathname;
        const isApi = pathname === API_BASE_PATH || pathname.startsWith(`${API_BASE_PATH}/`);
        if (isApi && req.method === 'OPTIONS') {
          res.writeHead(204, CORS).end();
          return;
        }
        if (isApi) {
          const response =
            (await getResponse(handlers, await toFetchRequest(req, origin))) ??
            problemResponse(404, { detail: 'No such endpoint' });
          await sendFetchResponse(response, res, CORS);
          return;
        }
        const response = site
          ? await site(pathname)
          : new Response('No build to serve: run `npm run build` first.', { status: 404 });
        await sendFetchResponse(response, res, {});
      } catch (error) {
        console.error('[gateway] request failed', error);
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end('Internal error');
      }
    })();
  });
}
