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

/** Writes a Fetch Response; a network-error Response (fault injection) drops the connection. */
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
  res.end(Buffer.from(await response.arrayBuffer()));
}
