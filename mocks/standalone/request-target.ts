import type { IncomingMessage } from 'node:http';
import { badRequest, methodNotAllowed } from './http-problems';

/** The methods this server has for some resource; fetch cannot even carry TRACE or CONNECT. */
export const SERVER_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
const KNOWN = new Set<string>(SERVER_METHODS);

/** host[:port] as RFC 9110 allows it: a DNS name, an IPv4 address or a bracketed IPv6 one. */
const HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?)(?::\d{1,5})?$/;

export type Target = { ok: true; url: URL; pathname: string } | { ok: false; response: Response };

/**
 * The request's method, Host and path checked before anything uses them: a malformed one is
 * the client's mistake (4xx), never an exception deep inside URL parsing or a file lookup.
 */
export function requestTarget(req: IncomingMessage): Target {
  const method = req.method ?? 'GET';
  if (!KNOWN.has(method)) return { ok: false, response: methodNotAllowed(method, SERVER_METHODS) };
  // HTTP/1.1 requires a Host; an HTTP/1.0 client may leave it out.
  if (req.headers.host === undefined && req.httpVersion !== '1.0') {
    return { ok: false, response: badRequest('Missing Host header') };
  }
  const host = req.headers.host ?? 'localhost';
  if (!HOST.test(host)) return { ok: false, response: badRequest('Malformed Host header') };
  const raw = req.url ?? '/';
  // Origin-form only: an absolute URL or "*" would let the client pick the origin we parse against.
  if (!raw.startsWith('/') || raw.startsWith('//'))
    return { ok: false, response: badRequest('Malformed request target') };
  let url: URL;
  try {
    url = new URL(`http://${host}${raw}`);
  } catch {
    return { ok: false, response: badRequest('Malformed request target') };
  }
  try {
    return { ok: true, url, pathname: decodeURIComponent(url.pathname) };
  } catch {
    return { ok: false, response: badRequest('Malformed percent-encoding in the path') };
  }
}
