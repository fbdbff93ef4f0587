import type { IncomingMessage, ServerResponse } from 'node:http';

/** A node request as a Fetch Request, so msw's handlers can answer it unchanged. */
export async function toFetchRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const joined = Buffer.concat(chunks);
    body = new Uint8Array(joined.length);
    body.set(joined);
  }
  return new Request(new URL(req.url ?? '/', origin), { method, headers, body });
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
 * connection.
 */
export async function sendFetchResponse(
  response: Response,
  res: ServerResponse,
  extraHeaders: Record<string, string>,
): Promise<void> {
  if (response.type === 'error') {
    res.destroy();
    return;
  }
  const headers: Record<string, string> = { ...extraHeaders };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
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
