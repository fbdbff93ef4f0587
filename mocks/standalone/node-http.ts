import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from './read-body';

/**
 * A node request as a Fetch Request, so msw's handlers can answer it unchanged. `url` is the
 * checked target (request-target.ts); `clientAddress` replaces whatever X-Forwarded-For the
 * client sent, since the handlers record that header's first entry as the client's IP.
 * Rejects with BodyTooLarge when the body passes the limit.
 */
export async function toFetchRequest(req: IncomingMessage, url: URL, clientAddress: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  headers.set('X-Forwarded-For', clientAddress);
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
  return new Request(url, { method, headers, body });
}

/** Resolves when the socket can take more, or is gone (then the loop above stops). */
function drainOrClose(res: ServerResponse): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}

/**
 * Writes a Fetch Response, streaming its body chunk by chunk (a CSV export is never held whole)
 * and pausing while the socket is full; a network-error Response (fault injection) drops the
 * connection. `overrides` are set on top of the response's own headers.
 */
export async function sendFetchResponse(
  response: Response,
  res: ServerResponse,
  overrides: Readonly<Record<string, string>>,
): Promise<void> {
  if (response.type === 'error') {
    res.destroy();
    return;
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  // The server's own headers (security, CORS, caching) win over what a handler set.
  for (const [name, value] of Object.entries(overrides)) headers[name.toLowerCase()] = value;
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  // A client that goes away stops the producer instead of leaving it to fill memory.
  res.once('close', () => void reader.cancel().catch(() => undefined));
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    if (res.destroyed) return;
    if (!res.write(next.value)) await drainOrClose(res);
  }
  res.end();
}
