import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetGateway } from '../../../mocks/runtime';
import { fakeBuild, rawRequest, signedInHeaders, startServer, type Running } from './server';

const DEV_ORIGIN = 'http://localhost:8901';
let running: Running;

beforeAll(async () => {
  running = await startServer({ dist: fakeBuild(), allowedOrigins: new Set([DEV_ORIGIN]) });
});
afterAll(() => running.close());
beforeEach(() => {
  resetGateway({ liveOrders: 20, testOrders: 0 });
});

interface Got {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** node:http rather than fetch: fetch would decompress the body and hide Content-Encoding. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<Got> {
  return new Promise((resolve, reject) => {
    const req = request(`${running.origin}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function signIn(): Promise<Got> {
  return get(
    '/api/v1/session',
    { 'Content-Type': 'application/json' },
    'POST',
    JSON.stringify({ login: 'viewer', password: 'Demo1234' }),
  );
}

describe('headers of everything the standalone server sends', () => {
  const samples: [string, () => Promise<Got>][] = [
    ['an API answer', () => get('/api/v1/meta')],
    ['the login answer', signIn],
    ['an API problem', () => get('/api/v1/profiles/600401/orders')],
    ['the entry page', () => get('/')],
    ['a client-side route', () => get('/p/600401/orders')],
    ['a script', () => get('/assets/app.js')],
    ['a missing asset', () => get('/assets/nope.js')],
    ['a refused method', () => get('/', {}, 'DELETE')],
  ];

  it.each(samples)(
    '%s carries a Content-Security-Policy without inline script that forbids framing',
    async (_, send) => {
      const csp = String((await send()).headers['content-security-policy']);
      const script = /(?:^|;\s*)script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(script).toBe("'self'");
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(csp).toMatch(/(?:^|;\s*)frame-ancestors 'none'/);
      expect(csp).toMatch(/(?:^|;\s*)object-src 'none'/);
    },
  );

  it.each(samples)('%s carries nosniff and a Referrer-Policy', async (_, send) => {
    const { headers } = await send();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });

  it('marks every API answer no-store, the login answer with its CSRF token first', async () => {
    const login = await signIn();
    expect(JSON.parse(login.body.toString())).toHaveProperty('csrfToken');
    expect(login.headers['cache-control']).toBe('no-store');
    const { Cookie } = signedInHeaders(login.headers['set-cookie'], login.body.toString());
    const auth = { Cookie };
    for (const path of [
      '/api/v1/session',
      '/api/v1/profiles/600401/orders',
      '/api/v1/profiles/600401/orders/counts',
      '/api/v1/meta',
    ]) {
      expect((await get(path, auth)).headers['cache-control'], path).toBe('no-store');
    }
    // Static files keep their own caching: hashed assets are immutable.
    expect((await get('/assets/app.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('lets only the flagged origin call the API, never "*", with credentials and the CSRF header', async () => {
    const preflight = await get(
      '/api/v1/session',
      {
        Origin: DEV_ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, x-csrf-token',
      },
      'OPTIONS',
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(DEV_ORIGIN);
    expect(preflight.headers['access-control-allow-credentials']).toBe('true');
    expect(String(preflight.headers['access-control-allow-headers'])).toMatch(/X-CSRF-Token/);

    const allowed = await get('/api/v1/meta', { Origin: DEV_ORIGIN });
    expect(allowed.headers['access-control-allow-origin']).toBe(DEV_ORIGIN);
    expect(String(allowed.headers['access-control-expose-headers'])).toMatch(/Date/);
    expect(String(allowed.headers.vary)).toMatch(/Origin/);

    const foreign = await get('/api/v1/meta', { Origin: 'https://evil.example' });
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    const foreignPreflight = await get(
      '/api/v1/meta',
      { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
      'OPTIONS',
    );
    expect(foreignPreflight.status).toBe(403);
    expect(foreignPreflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows no origin at all without the flag', async () => {
    const bare = await startServer();
    try {
      const answer = await rawRequest(
        bare.port,
        `GET /api/v1/meta HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${DEV_ORIGIN}\r\nConnection: close\r\n\r\n`,
      );
      expect(answer.status).toBe(200);
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await bare.close();
    }
  });

  it('compresses scripts and JSON with brotli or gzip, as the client accepts', async () => {
    const plain = await get('/assets/app.js');
    expect(plain.headers['content-encoding']).toBeUndefined();

    const br = await get('/assets/app.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(String(br.headers.vary)).toMatch(/Accept-Encoding/);

    const gzip = await get('/assets/app.js', { 'Accept-Encoding': 'gzip, br;q=0' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);

    const login = await signIn();
    const list = await get('/api/v1/profiles/600401/orders?pageSize=20', {
      Cookie: signedInHeaders(login.headers['set-cookie'], login.body.toString()).Cookie,
      'Accept-Encoding': 'gzip',
    });
    expect(list.headers['content-encoding']).toBe('gzip');
    expect((JSON.parse(gunzipSync(list.body).toString()) as { items: unknown[] }).items).toHaveLength(20);
  });

  it('does not serve the build’s manifest or any other dot-file', async () => {
    for (const path of [
      '/.vite/manifest.json',
      '/.vite/',
      '/assets/../.vite/manifest.json',
      '/%2Evite/manifest.json',
    ]) {
      const answer = await get(path);
      expect(answer.body.toString(), path).not.toMatch(/isEntry/);
    }
    expect((await get('/.vite/manifest.json')).status).toBe(404);
  });
});
