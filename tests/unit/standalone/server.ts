import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { createGatewayServer, type GatewayServerOptions } from '../../../mocks/standalone/app';

export interface Running {
  server: Server;
  origin: string;
  port: number;
  close: () => Promise<void>;
}

/** The standalone server on a free port of the loopback interface. */
export async function startServer(options: GatewayServerOptions = {}): Promise<Running> {
  const server = createGatewayServer(options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A stand-in build: an entry page, a large script, and the manifest vite writes. */
export function fakeBuild(): string {
  const dist = mkdtempSync(join(tmpdir(), 'cabinet-dist-'));
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, '.vite'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><script type="module" src="/assets/app.js"></script>');
  writeFileSync(
    join(dist, 'assets', 'app.js'),
    `export const rows = ${JSON.stringify(Array.from({ length: 5000 }, (_, i) => ({ id: i, label: `row ${i}` })))};`,
  );
  writeFileSync(join(dist, '.vite', 'manifest.json'), '{"index.html":{"file":"assets/app.js","isEntry":true}}');
  return dist;
}

/** The payload of a chunked body (ASCII test bodies: sizes count characters). */
function dechunk(body: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    const size = parseInt(body.slice(at, lineEnd), 16);
    if (!(size > 0)) return out;
    out += body.slice(lineEnd + 2, lineEnd + 2 + size);
    at = lineEnd + 2 + size + 2;
  }
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends bytes exactly as given (a malformed Host or request line that fetch would never send)
 * and reads the answer until the server closes or `Connection: close` is asked for.
 */
export function rawRequest(
  port: number,
  text: string | Buffer,
  options: { keepWriting?: Buffer } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may reset a connection whose body it refused to read; the answer came first.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') return;
      reject(error);
    });
    socket.on('close', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = raw.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const body = rest.join('\r\n\r\n');
      resolve({
        status: Number(statusLine.split(' ')[1]),
        headers,
        body: headers['transfer-encoding'] === 'chunked' ? dechunk(body) : body,
      });
    });
    socket.write(text);
    if (options.keepWriting) {
      const more = options.keepWriting;
      const pump = () => {
        while (!socket.destroyed && socket.write(more));
      };
      socket.on('drain', pump);
      pump();
    }
    socket.setTimeout(10_000, () => socket.destroy());
  });
}

/** What a browser keeps after signing in: the HttpOnly session cookie and the page's CSRF token. */
export interface SignedInHeaders {
  Cookie: string;
  'X-CSRF-Token': string;
}

/** The request headers a signed-in page sends, from the sign-in answer's Set-Cookie and body. */
export function signedInHeaders(setCookie: string | string[] | undefined, body: string): SignedInHeaders {
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie === undefined ? [] : [setCookie];
  const session = cookies.map((cookie) => /cabinet_session=([^;]*)/.exec(cookie)?.[1]).find(Boolean) ?? '';
  const { csrfToken } = JSON.parse(body) as { csrfToken?: string };
  return { Cookie: `cabinet_session=${session}`, 'X-CSRF-Token': csrfToken ?? '' };
}
