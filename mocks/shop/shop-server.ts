import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { shopPage } from './shop-page';
import { isShopMode, type ShopReceiver } from './shop-receiver';

const MAX_BODY = 64 * 1024;

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(null);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  response.end(body);
}

const json = (response: ServerResponse, status: number, value: unknown) =>
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));

/**
 * The demo shop over HTTP. Any POST outside `/__shop/` is a notification; `/__shop/` is the
 * control a test or a developer uses: `GET /__shop/received` (JSON), `POST /__shop/mode`
 * `{"mode":"acknowledge"|"error"|"silent"}`, `POST /__shop/secret` `{"secret":"…"}`,
 * `DELETE /__shop/received`; `GET /` lists what came in as a page.
 */
export function createShopServer(receiver: ShopReceiver): Server {
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://shop').pathname;
    if (request.method === 'GET' && path === '/') {
      return send(response, 200, 'text/html; charset=utf-8', shopPage(receiver.received(), receiver.mode()));
    }
    if (path === '/__shop/received') {
      if (request.method === 'GET') return json(response, 200, { mode: receiver.mode(), items: receiver.received() });
      if (request.method === 'DELETE') {
        receiver.clear();
        return json(response, 200, { items: [] });
      }
    }
    const body = request.method === 'POST' ? await readBody(request) : '';
    if (body === null) return send(response, 413, 'text/plain; charset=utf-8', 'Body too large');
    if (request.method === 'POST' && (path === '/__shop/mode' || path === '/__shop/secret')) {
      const input = (() => {
        try {
          return JSON.parse(body) as Record<string, unknown>;
        } catch {
          return null;
        }
      })();
      if (path === '/__shop/mode' && isShopMode(input?.mode)) {
        receiver.setMode(input.mode);
        return json(response, 200, { mode: receiver.mode() });
      }
      if (path === '/__shop/secret' && typeof input?.secret === 'string' && input.secret !== '') {
        receiver.setSecret(input.secret);
        return json(response, 200, { secret: 'set' });
      }
      return json(response, 422, { error: 'mode: acknowledge, error or silent; secret: a non-empty string' });
    }
    if (request.method !== 'POST' || path.startsWith('/__shop/')) {
      return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    }
    const answer = receiver.receive(request.headers['content-type'] ?? '', body);
    // Silent: the request is left open until the gateway gives up and closes it.
    if (answer !== null) send(response, answer.status, answer.contentType, answer.body);
  };
  return createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 400, 'text/plain; charset=utf-8', 'Bad request');
    });
  });
}
