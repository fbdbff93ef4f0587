import { Agent, request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpoints, type EndpointDef } from '@/api/endpoints';
import { Problem } from '@/api/problem';
import { resetMockConfig } from '../../../mocks/handlers/config';
import { getGateway, resetGateway } from '../../../mocks/runtime';
import { signedInHeaders, startServer, type Running, type SignedInHeaders } from './server';

/**
 * Generated requests against every endpoint of the contract, in every signed-in state, over
 * real HTTP to the standalone server: bad, missing and extra parameters, wrong types, huge and
 * unicode strings, invalid JSON, wrong content types, oversized and deeply nested bodies,
 * other methods, broken escapes. Whatever comes, the answer is never 5xx, every 4xx is a
 * problem document, and every 422 names its fields.
 */
const RUNS = 3_000;
/** Change it to explore another sequence; a failure prints the seed and path to replay it. */
const FUZZ_SEED = 20_261_201;
const USERS = ['admin', 'accountant', 'viewer'] as const;
type SignedIn = (typeof USERS)[number] | 'anonymous' | 'signed-out' | 'forged';

let running: Running;
let agent: Agent;
let billnumbers: string[] = [];
const tokens = new Map<SignedIn, SignedInHeaders>();

interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

interface Got {
  status: number;
  contentType: string | undefined;
  setCookie?: string[] | undefined;
  body: string;
}

function send({ method, path, headers, body }: Sent): Promise<Got> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: running.port, method, path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: res.headers['content-type'],
          setCookie: res.headers['set-cookie'],
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    // A refused oversized body may end the connection while it is still being written.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET'
        ? resolve({ status: 413, contentType: undefined, body: '' })
        : reject(error),
    );
    req.end(body);
  });
}

async function signIn(login: string): Promise<SignedInHeaders> {
  const got = await send({
    method: 'POST',
    path: '/api/v1/session',
    headers: { 'Content-Type': 'application/json' },
    body: Buffer.from(JSON.stringify({ login, password: 'Demo1234' })),
  });
  return signedInHeaders(got.setCookie, got.body);
}

// ---- generators ---------------------------------------------------------------------------

const hugeString = fc.integer({ min: 1_000, max: 6_000 }).map((n) => 'Ж%'.repeat(n));
const nasty = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '%',
    '%%%%%%!',
    '0',
    '-1',
    '1e309',
    'NaN',
    'null',
    'true',
    '[]',
    '{}',
    '\u0000',
    '𝕏',
    '<script>',
    '../..',
  ),
);
/** True one time in eight: broken input is tried, but most requests get past the door. */
const rarely = fc.nat(7).map((n) => n === 0);
/** Now and then a value far past every limit (the URL then passes node's header limit: 431). */
const nastyOrHuge = fc.oneof({ weight: 12, arbitrary: nasty }, { weight: 1, arbitrary: hugeString });
const digits = fc.stringMatching(/^\d{1,20}$/);
const instant = fc.oneof(
  fc
    .date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  nasty,
);
const amount = fc.oneof(fc.stringMatching(/^\d{1,16}(\.\d{1,3})?$/), nasty);

/** Values that are right, or nearly, for each query parameter the contract knows. */
const queryValue: Record<string, fc.Arbitrary<string>> = {
  from: instant,
  to: instant,
  state: fc.oneof(fc.constantFrom('Delayed', 'Approved,Canceled', 'In Process', 'Delayed,Nope'), nasty),
  ordernumber: fc.oneof(fc.string({ maxLength: 130 }), fc.constantFrom('%', '%%%%%%!', `${'%'.repeat(127)}!`), nasty),
  billnumber: fc.oneof(digits, nasty),
  amountFrom: amount,
  amountTo: amount,
  currency: fc.oneof(fc.constantFrom('RUB', 'USD', 'EUR', 'rub', 'XXX'), nasty),
  means: fc.oneof(fc.constantFrom('card', 'sbp', 'wallet'), nasty),
  brand: fc.oneof(fc.constantFrom('VISA', 'MIR', 'visa'), nasty),
  cardFirst6: fc.oneof(digits, nasty),
  cardLast4: fc.oneof(digits, nasty),
  customer: nastyOrHuge,
  email: nastyOrHuge,
  page: fc.oneof(fc.integer({ min: -5, max: 200_000 }).map(String), nasty),
  pageSize: fc.oneof(fc.integer({ min: -5, max: 500 }).map(String), nasty),
  sort: fc.oneof(fc.constantFrom('-orderdate', 'orderamount', '-orderstate', 'confirmdeadline', 'nope'), nasty),
  columns: fc.oneof(fc.constantFrom('orderdate,ordernumber', 'amount,,email', 'nope'), nasty),
  lang: fc.oneof(fc.constantFrom('ru', 'en', 'de'), nasty),
};

const query = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...Object.keys(queryValue)), fc.constant(''), { maxKeys: 5 }),
    fc.dictionary(
      fc.oneof(fc.string({ minLength: 1, maxLength: 10 }), fc.constantFrom('__proto__', 'constructor')),
      nasty,
      { maxKeys: 2 },
    ),
  )
  .chain(([known, extra]) =>
    fc
      .record(Object.fromEntries(Object.keys(known).map((key) => [key, queryValue[key]!])))
      .map((values) => ({ ...values, ...extra })),
  );

/** A query string, now and then with a raw escape broken on purpose. */
const queryString = fc
  .tuple(query, rarely, fc.constantFrom('%', '%E0%A4%A', '%zz', '%00'))
  .map(([values, broken, escape]) => {
    const text = Object.entries(values)
      .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
      .join('&');
    return broken ? `${text}&ordernumber=${escape}` : text;
  });

const profileId = fc.oneof(fc.constantFrom('600401', '900401', '000000', 'a-b_c'), nasty);
const billnumber = fc.oneof(
  fc.constant(null), // an order that exists
  digits,
  nasty,
);
const pathSegment = (value: string) =>
  rarely.map((broken) => (broken ? `${encodeURIComponent(value)}%E0%A4%A` : encodeURIComponent(value)));

const jsonBody = fc.oneof(
  fc.record({ amount: amount, currency: fc.constantFrom('RUB', 'USD', 'EUR') }, { requiredKeys: [] }),
  fc.record(
    { amount: amount, currency: nasty, reason: fc.oneof(fc.constantFrom(1, 2, 3, 4), fc.jsonValue()) },
    { requiredKeys: [] },
  ),
  fc.record(
    { login: fc.oneof(fc.constantFrom(...USERS), nasty), password: fc.oneof(fc.constant('Demo1234'), nasty) },
    { requiredKeys: [] },
  ),
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(nasty, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);
const body = fc.oneof(
  { weight: 6, arbitrary: jsonBody.map((value) => Buffer.from(JSON.stringify(value) ?? 'null')) },
  { weight: 2, arbitrary: fc.string({ maxLength: 60 }).map((text) => Buffer.from(text)) }, // invalid JSON mostly
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 33, max: 5_000 })
      .map((depth) => Buffer.from(`${'['.repeat(depth)}${']'.repeat(depth)}`)),
  },
  { weight: 1, arbitrary: fc.integer({ min: 65_000, max: 300_000 }).map((size) => Buffer.alloc(size, 0x20)) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const contentType = fc.constantFrom(
  undefined,
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  '*/*',
);
const idempotencyKey = fc.oneof(
  fc.constant(undefined),
  fc.stringMatching(/^[A-Za-z0-9_-]{8,40}$/),
  nasty.map((text) => text.replace(/[^\x20-\x7e]/g, '')),
);
const methodFor = (def: EndpointDef) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constant(def.method) },
    { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE') },
  );

const signedIn = fc.constantFrom<SignedIn>('admin', 'accountant', 'viewer', 'anonymous', 'signed-out', 'forged');

const requestArb = fc.constantFrom(...(Object.keys(endpoints) as (keyof typeof endpoints)[])).chain((name) => {
  const def = endpoints[name] as EndpointDef;
  return fc.record({
    name: fc.constant(name),
    method: methodFor(def),
    state: signedIn,
    profileId: profileId.chain(pathSegment),
    billnumber: billnumber,
    brokenBillnumber: rarely,
    query: def.query === undefined ? fc.oneof(fc.constant(''), queryString) : queryString,
    body:
      def.body === undefined
        ? fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: body })
        : body,
    contentType,
    idempotencyKey,
  });
});

type Generated =
  fc.Arbitrary<typeof requestArb extends fc.Arbitrary<infer T> ? T : never> extends fc.Arbitrary<infer U> ? U : never;

async function toSent(generated: Generated): Promise<Sent> {
  const def = endpoints[generated.name] as EndpointDef;
  const number = generated.billnumber ?? billnumbers[0]!;
  const path = def.path
    .replace('{profileId}', generated.profileId)
    .replace(
      '{billnumber}',
      generated.brokenBillnumber ? `${encodeURIComponent(number)}%` : encodeURIComponent(number),
    );
  const headers: Record<string, string> = {};
  // Signing out must not spend the token the other runs use: logout gets a fresh one.
  let token = tokens.get(generated.state);
  if (generated.name === 'logout' && (USERS as readonly string[]).includes(generated.state))
    token = await signIn(generated.state);
  if (token !== undefined) Object.assign(headers, token);
  if (generated.contentType !== undefined) headers['Content-Type'] = generated.contentType;
  if (generated.idempotencyKey !== undefined) headers['Idempotency-Key'] = generated.idempotencyKey;
  // Framed explicitly: node would send a GET's or HEAD's body unframed, as a second request.
  if (generated.body !== undefined) headers['Content-Length'] = String(generated.body.length);
  const search = generated.query === '' ? '' : `?${generated.query}`;
  return { method: generated.method, path: `/api/v1${path}${search}`, headers, body: generated.body };
}

describe('every endpoint against generated requests', () => {
  beforeAll(async () => {
    resetGateway({ liveOrders: 200, testOrders: 20 });
    resetMockConfig();
    billnumbers = getGateway()
      .records('600401')
      .map((order) => order.billnumber);
    running = await startServer();
    agent = new Agent({ keepAlive: true, maxSockets: 4 });
    for (const user of USERS) tokens.set(user, await signIn(user));
    const gone = await signIn('viewer');
    await send({ method: 'DELETE', path: '/api/v1/session', headers: { ...gone } });
    tokens.set('signed-out', gone);
    tokens.set('forged', { ...gone, Cookie: `${gone.Cookie.slice(0, -4)}AAAA` });
  });
  afterAll(async () => {
    agent.destroy();
    await running.close();
  });

  it(`answers ${RUNS} of them without a 5xx, with a problem for every 4xx`, async () => {
    const byStatus = new Map<number, number>();
    const byEndpoint = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(requestArb, async (generated) => {
        const sent = await toSent(generated);
        const got = await send(sent);
        byStatus.set(got.status, (byStatus.get(got.status) ?? 0) + 1);
        byEndpoint.set(generated.name, (byEndpoint.get(generated.name) ?? 0) + 1);
        const where = `${sent.method} ${sent.path.slice(0, 200)} → ${got.status} ${got.body.slice(0, 300)}`;
        expect(got.status, where).toBeLessThan(500);
        if (got.status >= 400 && sent.method !== 'HEAD' && got.body !== '') {
          expect(got.contentType, where).toBe('application/problem+json');
          const problem = Problem.parse(JSON.parse(got.body));
          expect(problem.status, where).toBe(got.status);
          expect(problem.code, where).toBeTruthy();
          if (got.status === 422) {
            expect(problem.errors?.length, where).toBeGreaterThan(0);
            for (const error of problem.errors ?? []) expect(error.field, where).not.toBe('');
          }
        }
      }),
      // One fixed sequence: among the generated requests are sign-outs, password changes and
      // users disabled or deleted, which end the sessions the rest use, so how many get past
      // the door depended on where in a random run those fell (139 to 245 of 3 000 seen).
      { numRuns: RUNS, seed: FUZZ_SEED },
    );
    const statuses = [...byStatus.entries()].sort(([a], [b]) => a - b);
    console.warn(`[fuzz] ${RUNS} requests by status: ${statuses.map(([status, n]) => `${status}×${n}`).join(', ')}`);
    console.warn(`[fuzz] by endpoint: ${[...byEndpoint.entries()].map(([name, n]) => `${name} ${n}`).join(', ')}`);
    expect(statuses.filter(([status]) => status >= 500)).toEqual([]);
    // Every endpoint was reached, and not only refused at the door.
    expect([...byEndpoint.keys()].sort()).toEqual(Object.keys(endpoints).sort());
    // Half the signed-in states carry no valid session, and many endpoints need a right only the
    // admin has: about a tenth of the requests succeed, so a twentieth is a floor with room.
    const succeeded = statuses.reduce((sum, [status, n]) => sum + (status >= 200 && status < 300 ? n : 0), 0);
    expect(succeeded).toBeGreaterThan(RUNS / 20);
  }, 180_000);
});
