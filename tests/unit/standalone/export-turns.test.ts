import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetGateway } from '../../../mocks/runtime';
import { signedInHeaders, startServer, type Running } from './server';

let running: Running;
beforeAll(async () => {
  running = await startServer();
  resetGateway({ liveOrders: 20_000, testOrders: 0 });
});
afterAll(() => running.close());

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** When the last byte arrived (performance.now()). */
  endedAt: number;
}

function send(
  path: string,
  headers: Record<string, string>,
  body?: string,
  onFirstBytes?: () => void,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${running.origin}${path}`, { method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        if (chunks.length === 0) onFirstBytes?.();
        chunks.push(chunk);
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          endedAt: performance.now(),
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('a long export', () => {
  it('does not hold other requests: a list asked for once the download has started is answered before it ends', async () => {
    const login = await send(
      '/api/v1/session',
      { 'Content-Type': 'application/json' },
      JSON.stringify({ login: 'accountant', password: 'Demo1234' }),
    );
    const { Cookie } = signedInHeaders(login.headers['set-cookie'], login.body);
    let list: Promise<Answer> | undefined;
    // A reader as fast as the socket: every chunk is taken as soon as it is written.
    const file = await send('/api/v1/profiles/600401/orders/export', { Cookie }, undefined, () => {
      list = send('/api/v1/profiles/600401/orders?page=1&pageSize=25', { Cookie });
    });
    const page = await list!;
    expect(file.status).toBe(200);
    expect(page.status).toBe(200);
    const { total } = JSON.parse(page.body) as { total: number };
    expect(total).toBeGreaterThanOrEqual(20_000);
    // The header row, every order, and the empty string after the last CRLF.
    expect(file.body.split('\r\n')).toHaveLength(total + 2);
    expect(page.endedAt).toBeLessThan(file.endedAt);
  });
});
