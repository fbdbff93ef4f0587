import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetGateway, getGateway } from '../../../mocks/runtime';
import { rawRequest, signedInHeaders, startServer, type Running } from './server';

const PROXY = '127.0.0.1';

async function confirmThrough(running: Running, forwardedFor: string | null): Promise<string | null> {
  const gateway = getGateway();
  const order = gateway.createPaidOrder('600401', { delay: true, amount: '100.00' });
  const login = await rawRequest(
    running.port,
    `POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 44\r\nConnection: close\r\n\r\n{"login":"accountant","password":"Demo1234"}`,
  );
  const signedIn = signedInHeaders(login.headers['set-cookie'], login.body);
  const xff = forwardedFor === null ? '' : `X-Forwarded-For: ${forwardedFor}\r\n`;
  const answer = await rawRequest(
    running.port,
    `POST /api/v1/profiles/600401/orders/${order.billnumber}/confirm HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${signedIn.Cookie}\r\nX-CSRF-Token: ${signedIn['X-CSRF-Token']}\r\nIdempotency-Key: key-${order.billnumber}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n${xff}Connection: close\r\n\r\n{}`,
  );
  expect(answer.status).toBe(200);
  const entry = gateway.audit('600401').at(-1)!;
  expect(entry.billnumber).toBe(order.billnumber);
  return entry.ip;
}

describe('the client address operations and the audit record', () => {
  let direct: Running;
  let proxied: Running;
  beforeAll(async () => {
    resetGateway({ liveOrders: 0, testOrders: 0 });
    direct = await startServer();
    proxied = await startServer({ trustedProxies: new Set([PROXY]) });
  });
  afterAll(async () => {
    await direct.close();
    await proxied.close();
  });

  it('is the socket’s, whatever X-Forwarded-For the client sends', async () => {
    expect(await confirmThrough(direct, '203.0.113.7')).toBe('127.0.0.1');
    expect(await confirmThrough(direct, null)).toBe('127.0.0.1');
  });

  it('is the one a proxy named by --trust-proxy forwards, read from the right', async () => {
    expect(await confirmThrough(proxied, '203.0.113.7')).toBe('203.0.113.7');
    // A client's own entry comes first; the proxy appends the address it saw.
    expect(await confirmThrough(proxied, '198.51.100.1, 203.0.113.7')).toBe('203.0.113.7');
    expect(await confirmThrough(proxied, `203.0.113.7, ${PROXY}`)).toBe('203.0.113.7');
    expect(await confirmThrough(proxied, 'not-an-ip')).toBe(PROXY);
  });
});
