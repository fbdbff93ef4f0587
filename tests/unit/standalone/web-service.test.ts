import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { brokenPasswordRules } from '@/api/credentials';
import { WebServiceAccountList, WebServiceAccountSecret } from '@/api/web-service-accounts';
import { resetMockConfig } from '../../../mocks/handlers/config';
import { getGateway, resetGateway } from '../../../mocks/runtime';
import { call, NOW, signIn, type Credentials } from '../handlers/api';
import { startServer, type Running } from './server';

const TEST = '900401';
const SECRET = 'TestWord2026';

/** The check value of domain §9, computed here with node:crypto rather than the code under test. */
function reference(fields: string): string {
  const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');
  return md5((md5(SECRET) + md5(fields)).toUpperCase()).toUpperCase();
}

let running: Running;
let admin: Credentials;

beforeAll(async () => {
  running = await startServer();
});
afterAll(() => running.close());
beforeEach(async () => {
  resetGateway({ liveOrders: 5, testOrders: 5, now: NOW });
  resetMockConfig();
  admin = await signIn();
});

const accountsPath = `/profiles/${TEST}/web-service-accounts`;

async function createAccount(login = 'shop_server') {
  const answer = await call('POST', accountsPath, { token: admin, body: { login } });
  expect(answer.status).toBe(200);
  return WebServiceAccountSecret.parse(answer.body);
}

/** A shop's server asking for an order's state over real HTTP, as a form POST. */
async function orderState(fields: Record<string, string>, init: { method?: string } = {}) {
  const response = await fetch(`${running.origin}/orderstate/orderstate.cfm`, {
    method: init.method ?? 'POST',
    headers: init.method === 'GET' ? {} : { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: init.method === 'GET' ? undefined : new URLSearchParams(fields),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const attribute = (xml: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1];
const element = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];

function auditOf(action: string) {
  return getGateway()
    .auditLog()
    .filter((entry) => entry.action === action);
}

describe('web-service accounts', () => {
  it('creates an account with a generated password that meets the rules, answered once and never listed', async () => {
    const { account, password } = await createAccount();
    expect(account).toMatchObject({ login: 'shop_server', state: 'active', createdBy: 'admin', lastUsedAt: null });
    expect(password).toHaveLength(20);
    expect(brokenPasswordRules(password)).toEqual([]);
    const list = await call('GET', accountsPath, { token: admin });
    expect(WebServiceAccountList.parse(list.body).items.map((item) => item.login)).toEqual(['shop_server']);
    expect(JSON.stringify(list.body)).not.toContain(password);
    expect(JSON.stringify(getGateway().auditLog())).not.toContain(password);
    expect(auditOf('web-service-account-create')).toMatchObject([
      { user: 'admin', profileId: TEST, object: 'shop_server', outcome: 'applied' },
    ]);
    const again = await call('POST', accountsPath, { token: admin, body: { login: 'SHOP_SERVER' } });
    expect(again.status).toBe(409);
  });

  it('refuses a login that breaks the rules, naming the field', async () => {
    const answer = await call('POST', accountsPath, { token: admin, body: { login: 'short' } });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ code: 'validation', errors: [{ field: 'login' }] });
  });

  it('answers the order state over HTTP with its check value, and audits the use', async () => {
    const { password } = await createAccount();
    const order = getGateway().createPaidOrder(TEST, { ordernumber: 'WS-1', amount: '1500.00' });
    const answer = await orderState({
      Merchant_ID: TEST,
      Login: 'shop_server',
      Password: password,
      Ordernumber: 'WS-1',
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('xml');
    expect([attribute(answer.text, 'firstcode'), attribute(answer.text, 'secondcode')]).toEqual(['0', '0']);
    expect(element(answer.text, 'billnumber')).toBe(order.billnumber);
    expect(element(answer.text, 'orderstate')).toBe('Approved');
    expect(element(answer.text, 'checkvalue')).toBe(reference(`${TEST}WS-11500.00RUBApproved`));
    expect(auditOf('web-service-call')).toMatchObject([
      { user: 'shop_server', profileId: TEST, object: 'orderstate', outcome: 'applied', detail: 'ordernumber WS-1' },
    ]);
    const list = await call('GET', accountsPath, { token: admin });
    expect(WebServiceAccountList.parse(list.body).items[0]?.lastUsedAt).toBe(new Date(NOW).toISOString());
  });

  it('refuses a wrong password, an unknown merchant, a disabled account clearly, and audits each', async () => {
    const { password } = await createAccount();
    getGateway().createPaidOrder(TEST, { ordernumber: 'WS-2' });
    const fields = { Merchant_ID: TEST, Login: 'shop_server', Password: password, Ordernumber: 'WS-2' };

    const wrong = await orderState({ ...fields, Password: 'Wrong12345' });
    expect([wrong.status, attribute(wrong.text, 'firstcode')]).toEqual([401, '7']);
    const unknown = await orderState({ ...fields, Merchant_ID: '123456' });
    expect(unknown.status).toBe(401);
    expect(unknown.text).toBe(wrong.text);

    await call('POST', `${accountsPath}/shop_server/disable`, { token: admin });
    const disabled = await orderState(fields);
    expect([disabled.status, attribute(disabled.text, 'firstcode')]).toEqual([403, '19']);
    expect(attribute(disabled.text, 'message')).toContain('отключена');
    await call('POST', `${accountsPath}/shop_server/enable`, { token: admin });
    expect((await orderState(fields)).status).toBe(200);

    expect(auditOf('web-service-call').map((entry) => [entry.outcome, entry.code])).toEqual([
      ['refused', 'unauthenticated'],
      ['refused', 'unauthenticated'],
      ['refused', 'account-disabled'],
      ['applied', null],
    ]);
    expect(auditOf('web-service-account-disable')[0]?.detail).toBe('active → disabled');
  });

  it('throttles guessing: the fifth failure locks the login, even the right password waits', async () => {
    const { password } = await createAccount();
    const fields = { Merchant_ID: TEST, Login: 'shop_server', Ordernumber: 'WS-3' };
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect((await orderState({ ...fields, Password: `Guess${attempt}000` })).status).toBe(401);
    }
    const fifth = await orderState({ ...fields, Password: 'Guess50000' });
    expect([fifth.status, attribute(fifth.text, 'firstcode'), attribute(fifth.text, 'secondcode')]).toEqual([
      429,
      '17',
      '3',
    ]);
    expect(fifth.headers.get('retry-after')).toBe('900');
    expect((await orderState({ ...fields, Password: password })).status).toBe(429);
    getGateway().clock.advance(15 * 60_000);
    expect((await orderState({ ...fields, Password: password })).status).toBe(404);
  });

  it('rotates: the new password is answered once, the old one is refused from then on', async () => {
    const created = await createAccount();
    getGateway().createPaidOrder(TEST, { ordernumber: 'WS-4' });
    const fields = { Merchant_ID: TEST, Login: 'shop_server', Ordernumber: 'WS-4' };
    const rotated = await call('POST', `${accountsPath}/shop_server/password`, { token: admin });
    const { password } = WebServiceAccountSecret.parse(rotated.body);
    expect(password).not.toBe(created.password);
    expect((await orderState({ ...fields, Password: created.password })).status).toBe(401);
    expect((await orderState({ ...fields, Password: password })).status).toBe(200);
    expect(auditOf('web-service-account-rotate')[0]?.detail).not.toContain(password);
  });

  it('answers a malformed call with the missing parameter, an unknown order as not found, GET as 405', async () => {
    const { password } = await createAccount();
    const missing = await orderState({ Merchant_ID: TEST, Login: 'shop_server', Password: password });
    expect([missing.status, attribute(missing.text, 'firstcode')]).toEqual([400, '3']);
    expect(attribute(missing.text, 'message')).toContain('Ordernumber');
    const absent = await orderState({
      Merchant_ID: TEST,
      Login: 'shop_server',
      Password: password,
      Ordernumber: 'x<&',
    });
    expect([absent.status, attribute(absent.text, 'firstcode'), attribute(absent.text, 'secondcode')]).toEqual([
      404,
      '10',
      '201',
    ]);
    expect(absent.text).not.toContain('x<&');
    const get = await orderState({}, { method: 'GET' });
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
  });
});
