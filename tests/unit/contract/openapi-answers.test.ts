import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_BASE_PATH } from '@/api/endpoints';
import { ORDER_STATES } from '@/api/orders';
import { resetMockConfig } from '../../../mocks/handlers/config';
import { getGateway, resetGateway } from '../../../mocks/runtime';
import { call, NOW, signIn, type Credentials } from '../handlers/api';
import { answerErrors, bodyErrors, queryErrors } from './openapi-validator';

const LIVE = '600401';
const LIST = `${API_BASE_PATH}/profiles/{profileId}/orders`;
const EXPORT = `${API_BASE_PATH}/profiles/{profileId}/orders/export`;
const CONFIRM = `${API_BASE_PATH}/profiles/{profileId}/orders/{billnumber}/confirm`;

let token: Credentials;

beforeAll(() => {
  resetGateway({ seed: 3, liveOrders: 300, testOrders: 40, now: NOW });
});

beforeEach(async () => {
  resetMockConfig();
  token = await signIn('admin');
});

/** Calls the API and checks the answer against public/openapi.json with Ajv. */
async function checked(method: string, template: string, path: string, options: Parameters<typeof call>[2] = {}) {
  const answer = await call(method, path, { token, ...options });
  expect(answerErrors(method, template, answer.response, answer.body), `${method} ${path}`).toEqual([]);
  return answer;
}

describe('real answers of the API validate against public/openapi.json (Ajv)', () => {
  it('every endpoint, successes and problems alike', async () => {
    const gateway = getGateway();
    const held = gateway.createPaidOrder(LIVE, { delay: true, amount: '900.00' });
    const points = gateway.createPaidOrder(LIVE, {
      amount: '1000.00',
      payment: { means: { type: 'card', pan: '2200150011112222' }, bonus: true, points: 30_000 },
    });
    const api = (rest: string) => rest.replace(API_BASE_PATH, '');
    await checked('GET', `${API_BASE_PATH}/meta`, '/meta', { token: undefined });
    await checked('POST', `${API_BASE_PATH}/session`, '/session', {
      token: undefined,
      body: { login: 'admin', password: 'Demo1234' },
    });
    await checked('POST', `${API_BASE_PATH}/session`, '/session', {
      token: undefined,
      body: { login: 'admin', password: 'x' },
    });
    await checked('GET', `${API_BASE_PATH}/session`, '/session');
    await checked('GET', LIST, api(`${LIST.replace('{profileId}', LIVE)}?page=2&pageSize=50&ordertype=two-stage`));
    await checked('GET', LIST, `/profiles/${LIVE}/orders?page=0x10`);
    await checked('GET', LIST, `/profiles/${LIVE}/orders?from=2024-01-01T00:00:00Z`);
    await checked('GET', LIST, `/profiles/${LIVE}/orders`, { token: undefined });
    await checked(
      'GET',
      `${API_BASE_PATH}/profiles/{profileId}/orders/counts`,
      `/profiles/${LIVE}/orders/counts?state=Delayed`,
    );
    await checked(
      'GET',
      `${API_BASE_PATH}/profiles/{profileId}/orders/{billnumber}`,
      `/profiles/${LIVE}/orders/${points.billnumber}`,
    );
    await checked(
      'GET',
      `${API_BASE_PATH}/profiles/{profileId}/orders/{billnumber}`,
      `/profiles/${LIVE}/orders/6004019999999999`,
    );
    const exported = await checked('GET', EXPORT, `/profiles/${LIVE}/orders/export?columns=billnumber,orderstate`);
    expect(exported.response.headers.get('X-Total-Count')).toMatch(/^\d+$/);
    const headers = { 'Idempotency-Key': 'openapi-check-1' };
    await checked('POST', CONFIRM, `/profiles/${LIVE}/orders/${held.billnumber}/confirm`, {
      headers,
      body: { amount: '100.00', currency: 'RUB' },
    });
    await checked('POST', CONFIRM, `/profiles/${LIVE}/orders/${held.billnumber}/confirm`, {
      headers: { 'Idempotency-Key': 'openapi-check-2' },
      body: {},
    });
    await checked(
      'POST',
      `${API_BASE_PATH}/profiles/{profileId}/orders/{billnumber}/cancel`,
      `/profiles/${LIVE}/orders/${points.billnumber}/cancel`,
      {
        headers,
        body: { reason: 2 },
      },
    );
    const viewer = await signIn('viewer');
    await checked('GET', EXPORT, `/profiles/${LIVE}/orders/export`, { token: viewer });
    await checked('DELETE', `${API_BASE_PATH}/session`, '/session');
  });
});

/** Mostly valid values, sometimes not: a whole query is then valid about half the time. */
function mostly<T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: invalid, weight: 1 });
}

/** Query values that look like numbers to Number() but are not integer literals. */
const numberish = mostly(
  fc.integer({ min: 1, max: 100 }).map(String),
  fc.oneof(
    fc.integer({ min: -5, max: 200_000 }).map(String),
    fc.constantFrom('0x10', '1e1', ' 5', '5 ', '+5', '5.0', '05', '', '١٢', 'Infinity', '0b11', '1_000'),
  ),
);
const stateList = fc
  .array(mostly(fc.constantFrom(...ORDER_STATES), fc.constantFrom('Paid', '', 'delayed')), {
    minLength: 1,
    maxLength: 3,
  })
  .map((states) => states.join(','));
const query = fc.record(
  {
    page: numberish,
    pageSize: numberish,
    state: stateList,
    ordertype: mostly(fc.constantFrom('one-stage', 'two-stage'), fc.constant('both')),
    sort: mostly(fc.constantFrom('-orderdate', 'orderamount'), fc.constant('random')),
    unknown: mostly(fc.constant(undefined), fc.constantFrom('1', 'x')),
  },
  { requiredKeys: [] },
);

describe('rule 8: the contract says what the server enforces (property)', () => {
  it('the document accepts a list query exactly when the server does', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(query, async (params) => {
        const search = new URLSearchParams(
          Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined),
        );
        const answer = await call('GET', `/profiles/${LIVE}/orders?${search}`, { token });
        expect([200, 422]).toContain(answer.status);
        accepted += answer.status === 200 ? 1 : 0;
        const documentSays = queryErrors('GET', LIST, search);
        expect(documentSays.length === 0, `${search} → ${answer.status}; ${documentSays.join('; ')}`).toBe(
          answer.status === 200,
        );
      }),
      { numRuns: 150 },
    );
    // Both sides of the comparison were exercised.
    expect(accepted).toBeGreaterThan(10);
    expect(accepted).toBeLessThan(140);
  });

  it('the document accepts a confirm body exactly when the server does', async () => {
    const body = fc.record(
      {
        amount: fc.constantFrom('1.00', '10', '1,00', '-1'),
        currency: fc.constantFrom('RUB', 'XXX'),
        note: fc.constant('x'),
      },
      { requiredKeys: [] },
    );
    let key = 0;
    await fc.assert(
      fc.asyncProperty(body, async (value) => {
        const held = getGateway().createPaidOrder(LIVE, { delay: true, amount: '500.00' });
        key += 1;
        const answer = await call('POST', `/profiles/${LIVE}/orders/${held.billnumber}/confirm`, {
          token,
          headers: { 'Idempotency-Key': `property-${key}-key` },
          body: value,
        });
        const documentSays = bodyErrors('POST', CONFIRM, value);
        const validation = answer.status === 422 && (answer.body as { code?: string }).code === 'validation';
        expect(documentSays.length > 0, `${JSON.stringify(value)} → ${answer.status}`).toBe(validation);
      }),
      { numRuns: 80 },
    );
  });
});
