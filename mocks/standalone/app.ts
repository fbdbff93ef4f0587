import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { getResponse } from 'msw';
import { PROBLEM_CONTENT_TYPE } from '@/api/problem';
import { API_BASE_PATH } from '@/api/endpoints';
import { ORDER_STATE_SERVICE_PATH } from '@/api/web-service-accounts';
import { handlers } from '../handlers/handlers';
import { problemBody, problemResponse } from '../handlers/problems';
import { clientAddress } from './client-address';
import { compressResponse } from './compression';
import { corsHeaders, preflight, type AllowedOrigins } from './cors';
import { methodNotAllowed, payloadTooLarge } from './http-problems';
import { BodyTooLarge, MAX_BODY_BYTES } from './read-body';
import { requestTarget } from './request-target';
import { API_HEADERS, reportOnlySecurityHeaders, SECURITY_HEADERS } from './security-headers';
import { sendFetchResponse, toFetchRequest } from './node-http';
import { createStaticSite, type StaticSite } from './static-files';
import { handlerIndex } from './handler-index';
import { answerPaymentPage, isPaymentPagePath, PAYMENT_PAGE_CSP } from '../payment-page/payment-page';
import { getGateway } from '../runtime';

export interface GatewayServerOptions {
  /** A production build to serve besides the API. */
  dist?: string;
  /** Origins that may call the API from a browser (`--allow-origin`); none by default. */
  allowedOrigins?: AllowedOrigins;
  /** Proxies whose X-Forwarded-For is believed (`--trust-proxy`); none by default. */
  trustedProxies?: ReadonlySet<string>;
  /** Only report the Content-Security-Policy (`--csp-report-only`, benchmarks); enforced by default. */
  cspReportOnly?: boolean;
}

const STATIC_METHODS = ['GET', 'HEAD'] as const;

const handlersFor = handlerIndex(handlers);

/** The cabinet API, and the web services shops' servers call. */
function isApiPath(pathname: string): boolean {
  return (
    pathname === API_BASE_PATH || pathname.startsWith(`${API_BASE_PATH}/`) || pathname === ORDER_STATE_SERVICE_PATH
  );
}

/** Both the handler's Vary and the server's (Origin) must reach caches. */
function mergedVary(...values: (string | null | undefined)[]): string {
  return [...new Set(values.flatMap((value) => (value ?? '').split(',').map((part) => part.trim())))]
    .filter((part) => part !== '')
    .join(', ');
}

/**
 * The mock API over real HTTP: every /api request goes to the same msw handlers as in the
 * browser and in vitest (no second implementation); other paths serve the production build.
 * In front of them: the request's method, Host and path are checked, bodies are limited, the
 * client's address is the socket's, and every answer carries the security headers.
 */
export function createGatewayServer(options: GatewayServerOptions = {}): Server {
  const site: StaticSite | null = options.dist ? createStaticSite(options.dist) : null;
  const allowed = options.allowedOrigins ?? new Set<string>();
  const proxies = options.trustedProxies ?? new Set<string>();
  const security = options.cspReportOnly === true ? reportOnlySecurityHeaders() : SECURITY_HEADERS;

  async function answer(req: IncomingMessage): Promise<{ response: Response; api: boolean; page?: boolean }> {
    const target = requestTarget(req);
    if (!target.ok) return { response: target.response, api: true };
    const method = req.method ?? 'GET';
    const acceptEncoding = req.headers['accept-encoding'];
    if (isApiPath(target.pathname)) {
      if (method === 'OPTIONS') return { response: preflight(req.headers.origin, allowed), api: true };
      const request = await toFetchRequest(req, target.url, clientAddress(req, proxies));
      const response =
        (await getResponse(handlersFor(target.url.pathname), request)) ??
        problemResponse(404, { detail: 'No such endpoint' });
      return { response: await compressResponse(response, acceptEncoding), api: true };
    }
    if (isPaymentPagePath(target.pathname)) {
      const request = await toFetchRequest(req, target.url, clientAddress(req, proxies));
      const response = await answerPaymentPage(request, getGateway());
      if (response) return { response, api: false, page: true };
    }
    if (!(STATIC_METHODS as readonly string[]).includes(method)) {
      return { response: methodNotAllowed(method, STATIC_METHODS), api: false };
    }
    const response = site
      ? await site(target.pathname, acceptEncoding)
      : new Response('No build to serve: run `npm run build` first.', {
          status: 404,
          headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        });
    return { response, api: false };
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let result: { response: Response; api: boolean; page?: boolean };
    let close = false;
    try {
      result = await answer(req);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      // The rest of the body is never read: the connection ends with this answer.
      result = { response: payloadTooLarge(MAX_BODY_BYTES), api: true };
      close = true;
    }
    const { response, api } = result;
    const cors = api ? corsHeaders(req.headers.origin, allowed) : {};
    const vary = mergedVary(response.type === 'error' ? null : response.headers.get('Vary'), cors.Vary);
    await sendFetchResponse(response, res, {
      ...security,
      // The buyer's pages post to the gateway and are then sent on to the shop's site.
      ...(result.page ? { 'Content-Security-Policy': PAYMENT_PAGE_CSP } : {}),
      ...(api ? API_HEADERS : {}),
      ...cors,
      ...(vary === '' ? {} : { Vary: vary }),
      ...(close ? { Connection: 'close' } : {}),
    });
  }

  // Host is checked by requestTarget (a problem document, not node's bare 400). A client that
  // trickles its headers or body is cut off (408) instead of holding a connection for minutes.
  const server = createServer(
    { requireHostHeader: false, headersTimeout: 10_000, requestTimeout: 30_000 },
    (req, res) => {
      serve(req, res).catch((error: unknown) => {
        console.error('[gateway] request failed', error);
        if (res.headersSent) {
          res.destroy();
          return;
        }
        res.writeHead(500, { ...security, ...API_HEADERS, 'Content-Type': PROBLEM_CONTENT_TYPE });
        res.end(JSON.stringify(problemBody(500, { detail: 'Unexpected error' })));
      });
    },
  );
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => answerUnparsable(error, socket));
  server.on('connect', (_req: IncomingMessage, socket: Duplex) => refuseTunnel(socket));
  return server;
}

/**
 * A request node's parser refused (bad request line, header too large, timeout) still gets a
 * problem document, not a bare status line.
 */
function answerUnparsable(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  // An answer to HEAD has no body, or the client would read it as the next answer.
  const head = (error as { rawPacket?: Buffer }).rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
  writeRawProblem(socket, status, 'bad-request', 'Malformed HTTP request', head);
}

/** Node hands CONNECT (a proxy tunnel) to a listener of its own; this server is no proxy. */
function refuseTunnel(socket: Duplex): void {
  writeRawProblem(socket, 405, 'method-not-allowed', 'CONNECT is not allowed here: this server is no proxy');
}

/** A problem written straight to a socket that has no ServerResponse, then the socket closed. */
function writeRawProblem(socket: Duplex, status: number, code: string, detail: string, withoutBody = false): void {
  const title = STATUS_CODES[status] ?? 'Error';
  const body = JSON.stringify(problemBody(status, { code, title, detail }));
  const headers = {
    ...SECURITY_HEADERS,
    ...API_HEADERS,
    'Content-Type': PROBLEM_CONTENT_TYPE,
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(`HTTP/1.1 ${status} ${title}\r\n${head}\r\n${withoutBody ? '' : body}`);
}
