import { getResponse, http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { EndpointDef } from '@/api/endpoints';
import { Problem } from '@/api/problem';
import { configureMocks, resetMockConfig } from '../../../mocks/handlers/config';
import { defineHandler } from '../../../mocks/handlers/resolver';
import { server } from '../../../mocks/node';
import { resetGateway } from '../../../mocks/runtime';
import { call, credentialHeaders, NOW, signIn, type Credentials } from './api';

/** A made-up endpoint guarded by the confirm right, to exercise the wrapper on its own. */
const probe = {
  method: 'POST',
  path: '/probe/{id}',
  summary: 'probe',
  auth: true,
  right: 'confirm',
  openDuringSetup: false,
  params: z.object({ id: z.string().regex(/^\d+$/) }),
  query: undefined,
  body: z.object({ amount: z.string() }),
  headers: undefined,
  response: z.object({ ok: z.literal(true) }),
  produces: 'application/json',
  errors: [],
} as const satisfies EndpointDef;

async function callProbe(
  resolve: Parameters<typeof defineHandler<typeof probe>>[1],
  token: Credentials,
  body: unknown = { amount: '1' },
) {
  const request = new Request('http://cabinet.test/api/v1/probe/7', {
    method: 'POST',
    headers: { ...credentialHeaders('POST', token), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const response = await getResponse([defineHandler(probe, resolve)], request);
  if (!response) throw new Error('probe not matched');
  return { status: response.status, body: Problem.safeParse(await response.json()).data };
}

beforeEach(() => {
  resetGateway({ liveOrders: 20, testOrders: 0, now: NOW });
  resetMockConfig();
});

describe('the resolver wrapper', () => {
  it('answers 403 when the user lacks the endpoint right, before validating anything', async () => {
    const viewer = await signIn('viewer');
    const answer = await callProbe(() => ({ ok: true }), viewer, { nonsense: 1 });
    expect(answer.status).toBe(403);
    expect(answer.body?.code).toBe('forbidden');
    const accountant = await signIn('accountant');
    expect((await callProbe(() => ({ ok: true }), accountant)).status).toBe(200);
  });

  it('turns an unexpected exception into a 500 problem', async () => {
    const token = await signIn('accountant');
    const answer = await callProbe(() => {
      throw new TypeError('boom');
    }, token);
    expect(answer.status).toBe(500);
    expect(answer.body).toMatchObject({ code: 'internal', detail: 'boom' });
  });

  it('refuses to send a response that breaks the contract', async () => {
    const token = await signIn('accountant');
    const answer = await callProbe(() => ({ ok: false }) as unknown as { ok: true }, token);
    expect(answer.status).toBe(500);
    expect(answer.body?.detail).toContain('contract');
  });
});

/** The same probe declaring a header, and a CSV probe whose resolver streams its own Response. */
const headerProbe = {
  ...probe,
  headers: z.object({ 'x-probe-count': z.coerce.number().int().min(1) }),
} as const satisfies EndpointDef;
const csvProbe = {
  ...probe,
  method: 'GET',
  body: undefined,
  response: undefined,
  produces: 'text/csv',
} as const satisfies EndpointDef;

async function send(
  handler: ReturnType<typeof defineHandler>,
  token: Credentials,
  headers: Record<string, string> = {},
) {
  const method = handler.info.method as string;
  const request = new Request('http://cabinet.test/api/v1/probe/7', {
    method,
    headers: { ...credentialHeaders(method, token), 'Content-Type': 'application/json', ...headers },
    body: handler.info.method === 'GET' ? undefined : JSON.stringify({ amount: '1' }),
  });
  const response = await getResponse([handler], request);
  if (!response) throw new Error('probe not matched');
  return response;
}

describe('declared headers and CSV streams', () => {
  it('validates declared headers by their lower-case name and hands the parsed values over', async () => {
    const token = await signIn('accountant');
    let seen: unknown;
    const handler = defineHandler(headerProbe, ({ headers }) => {
      seen = headers;
      return { ok: true as const };
    });
    const missing = await send(handler, token);
    expect(missing.status).toBe(422);
    expect(Problem.parse(await missing.json()).errors).toEqual([
      { field: 'x-probe-count', message: 'Header "x-probe-count" is required' },
    ]);
    const bad = await send(handler, token, { 'X-Probe-Count': '0' });
    expect(Problem.parse(await bad.json()).errors?.map((error) => error.field)).toEqual(['x-probe-count']);
    expect((await send(handler, token, { 'X-Probe-Count': '3' })).status).toBe(200);
    expect(seen).toEqual({ 'x-probe-count': 3 });
  });

  it('passes a CSV resolver’s streaming Response through, and refuses anything else', async () => {
    const token = await signIn('accountant');
    const stream = defineHandler(csvProbe, () => new Response('a;b\r\n', { headers: { 'Content-Type': 'text/csv' } }));
    const answer = await send(stream, token);
    expect(answer.headers.get('Content-Type')).toBe('text/csv');
    expect(await answer.text()).toBe('a;b\r\n');
    const broken = defineHandler(csvProbe, () => 'a;b' as unknown as Response);
    expect((await send(broken, token)).status).toBe(500);
  });

  it('loses the answer of an applied write under lost-response, but not of a read', async () => {
    const token = await signIn('accountant');
    configureMocks({ fault: 'lost-response' });
    let applied = 0;
    const write = defineHandler(probe, () => {
      applied += 1;
      return { ok: true as const };
    });
    expect((await send(write, token)).type).toBe('error');
    expect(applied).toBe(1);
    const read = defineHandler(csvProbe, () => new Response('x'));
    expect((await send(read, token)).status).toBe(200);
  });
});

describe('latency and fault injection', () => {
  it('delays answers by the configured latency', async () => {
    configureMocks({ latencyMs: 40 });
    const started = performance.now();
    await call('GET', '/meta');
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
  });

  it('injects 500s, network errors and slowness into the business endpoints only', async () => {
    const token = await signIn();
    configureMocks({ fault: 'error500' });
    const failed = await call('GET', '/profiles/600401/orders', { token });
    expect(failed.status).toBe(500);
    expect(Problem.parse(failed.body).code).toBe('internal');
    expect((await call('GET', '/session', { token })).status).toBe(200);

    configureMocks({ fault: 'network' });
    expect((await call('GET', '/profiles/600401/orders', { token })).response.type).toBe('error');

    configureMocks({ fault: 'conflict' });
    expect((await call('GET', '/profiles/600401/orders', { token })).status).toBe(200);

    configureMocks({ fault: 'slow', slowMs: 30 });
    const started = performance.now();
    expect((await call('GET', '/profiles/600401/orders', { token })).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });
});

describe('msw node server (the integration-test setup)', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('serves the handlers to fetch, and server.use overrides them per test', async () => {
    const meta = await fetch('http://localhost/api/v1/meta');
    expect(meta.status).toBe(200);
    server.use(http.get('*/api/v1/meta', () => HttpResponse.json({ demo: false, demoUsers: [] })));
    expect(await (await fetch('http://localhost/api/v1/meta')).json()).toEqual({ demo: false, demoUsers: [] });
  });
});
