import { beforeEach, describe, expect, it } from 'vitest';
import { OrderActionResult } from '@/api/order-actions';
import { Problem } from '@/api/problem';
import { DAY, MINUTE } from '../../../mocks/gateway/clock';
import { TEST_PROFILE_ID } from '../../../mocks/gateway/enterprise';
import { configureMocks, resetMockConfig } from '../../../mocks/handlers/config';
import { getGateway, resetGateway } from '../../../mocks/runtime';
import { call, NOW, signIn } from './api';
import type { Credentials } from './api';

const LIVE = '600401';
let token: Credentials;
let serial = 0;

beforeEach(async () => {
  resetGateway({ liveOrders: 40, testOrders: 10, now: NOW });
  resetMockConfig();
  token = await signIn('accountant');
});

/** A fresh key per call unless one is given: one key per intent. */
function post(
  action: 'confirm' | 'cancel',
  billnumber: string,
  body: unknown = {},
  options: { key?: string | null; token?: Credentials; forwardedFor?: string } = {},
) {
  serial += 1;
  const key = options.key === undefined ? `test-key-${String(serial).padStart(6, '0')}` : options.key;
  const headers: Record<string, string> = {};
  if (key !== null) headers['Idempotency-Key'] = key;
  if (options.forwardedFor) headers['X-Forwarded-For'] = options.forwardedFor;
  return call('POST', `/profiles/${LIVE}/orders/${billnumber}/${action}`, {
    token: options.token ?? token,
    body,
    headers,
  });
}

async function refusal(answer: Promise<Awaited<ReturnType<typeof post>>>) {
  const { status, body, contentType } = await answer;
  expect(contentType).toBe('application/problem+json');
  const problem = Problem.parse(body);
  expect(problem.status).toBe(status);
  return problem;
}

describe('confirm and cancel over HTTP', () => {
  it('confirms a hold and refunds part of it, recording user and client IP', async () => {
    const held = getGateway().createPaidOrder(LIVE, { delay: true, amount: '1500.00' });
    const confirmed = await post(
      'confirm',
      held.billnumber,
      { amount: '1200.00', currency: 'RUB' },
      { forwardedFor: '203.0.113.9, 10.0.0.1' },
    );
    expect(confirmed.status).toBe(200);
    const result = OrderActionResult.parse(confirmed.body);
    expect(result.order.orderstate).toBe('PartialDelayed');
    expect(result.operations).toEqual([
      expect.objectContaining({ type: '200', amount: '1200.00', user: 'accountant', ip: '203.0.113.9' }),
    ]);
    expect(result.order.actions).toEqual({
      confirm: null,
      cancel: { max: '1200.00', currency: 'RUB', partial: true, transaction: 'reversal' },
    });
    const canceled = await post('cancel', held.billnumber, { amount: '200.00', currency: 'RUB', reason: 2 });
    expect(canceled.status).toBe(200);
    const after = OrderActionResult.parse(canceled.body);
    expect(after.operations[0]).toMatchObject({ type: '300', reason: 2, ip: '127.0.0.1' });
    expect(after.order.orderstate).toBe('PartialCanceled');
  });

  it('never reaches an order of the other profile: a test order through the live profile is 404', async () => {
    const testOrder = getGateway().createPaidOrder(TEST_PROFILE_ID, { delay: true });
    for (const action of ['confirm', 'cancel'] as const) {
      expect(await refusal(post(action, testOrder.billnumber))).toMatchObject({ status: 404, code: 'not-found' });
    }
    expect(getGateway().getOrder(TEST_PROFILE_ID, testOrder.billnumber).orderstate).toBe('Delayed');
    expect(getGateway().audit(TEST_PROFILE_ID)).toEqual([]);
  });

  it.each([
    ['viewer', 'confirm'],
    ['viewer', 'cancel'],
  ] as const)('answers 403 to a %s on %s', async (login, action) => {
    const paid = getGateway().createPaidOrder(LIVE, { delay: true });
    const viewer = await signIn(login);
    const answer = await refusal(post(action, paid.billnumber, {}, { token: viewer }));
    expect(answer).toMatchObject({ status: 403, code: 'forbidden' });
    expect(getGateway().getOrder(LIVE, paid.billnumber).operations).toHaveLength(1);
  });

  it.each([
    ['missing', null],
    ['too short', 'abc'],
    ['with spaces', 'not a valid key!'],
  ])('answers 422 naming idempotency-key when it is %s', async (_label, key) => {
    const held = getGateway().createPaidOrder(LIVE, { delay: true });
    const answer = await refusal(post('confirm', held.billnumber, {}, { key }));
    expect(answer).toMatchObject({ status: 422, code: 'validation' });
    expect(answer.errors?.map((error) => error.field)).toEqual(['idempotency-key']);
    expect(getGateway().getOrder(LIVE, held.billnumber).orderstate).toBe('Delayed');
  });
});

describe('refusals: each with its own stable code', () => {
  it('not-confirmable (409): confirming an Approved order', async () => {
    const paid = getGateway().createPaidOrder(LIVE);
    expect(await refusal(post('confirm', paid.billnumber))).toMatchObject({
      status: 409,
      code: 'not-confirmable',
      firstcode: 15,
      secondcode: 201,
    });
  });

  it('deadline-passed (409): confirming after the 4 days', async () => {
    const held = getGateway().createPaidOrder(LIVE, { delay: true });
    getGateway().clock.advance(4 * DAY + MINUTE);
    token = await signIn('accountant'); // days later: the old session has long expired
    expect(await refusal(post('confirm', held.billnumber))).toMatchObject({
      status: 409,
      code: 'deadline-passed',
      firstcode: 16,
    });
  });

  it('order-closed (409): cancelling a cancelled or declined order', async () => {
    const paid = getGateway().createPaidOrder(LIVE);
    expect((await post('cancel', paid.billnumber)).status).toBe(200);
    expect(await refusal(post('cancel', paid.billnumber))).toMatchObject({ status: 409, code: 'order-closed' });
    const declined = getGateway().createPaidOrder(LIVE, { payment: { outcome: 'declined' } });
    expect(await refusal(post('confirm', declined.billnumber))).toMatchObject({ status: 409, code: 'order-closed' });
  });

  it('not-cancellable (409): cancelling an order still being paid', async () => {
    const open = getGateway().createOrder(LIVE);
    expect(await refusal(post('cancel', open.billnumber))).toMatchObject({ status: 409, code: 'not-cancellable' });
  });

  it('amount-exceeds-remaining (422, field amount, detail names the maximum)', async () => {
    const paid = getGateway().createPaidOrder(LIVE, { amount: '1000.00' });
    const answer = await refusal(post('cancel', paid.billnumber, { amount: '1000.01', currency: 'RUB' }));
    expect(answer).toMatchObject({ status: 422, code: 'amount-exceeds-remaining', firstcode: 5, secondcode: 108 });
    expect(answer.errors).toEqual([{ field: 'amount', message: expect.stringContaining('1000.00 RUB') }]);
    expect(answer.detail).toContain('1000.00 RUB');
  });

  it('amount-not-positive (422)', async () => {
    const paid = getGateway().createPaidOrder(LIVE);
    const answer = await refusal(post('cancel', paid.billnumber, { amount: '0.00', currency: 'RUB' }));
    expect(answer).toMatchObject({ status: 422, code: 'amount-not-positive' });
    expect(answer.errors?.[0]?.field).toBe('amount');
  });

  it('currency-mismatch (422, field currency, naming the payment currency)', async () => {
    const paid = getGateway().createPaidOrder(LIVE, { currency: 'EUR', amount: '50.00' });
    const answer = await refusal(post('cancel', paid.billnumber, { amount: '10.00', currency: 'RUB' }));
    expect(answer).toMatchObject({ status: 422, code: 'currency-mismatch', secondcode: 105 });
    expect(answer.errors).toEqual([{ field: 'currency', message: expect.stringContaining('EUR') }]);
  });

  it('partial-not-allowed (409): a partial cancel of an unconfirmed hold', async () => {
    const held = getGateway().createPaidOrder(LIVE, { delay: true, amount: '900.00' });
    expect(await refusal(post('cancel', held.billnumber, { amount: '100.00', currency: 'RUB' }))).toMatchObject({
      status: 409,
      code: 'partial-not-allowed',
      secondcode: 108,
    });
  });

  it('idempotency-key-reused (409): the same key for a different request', async () => {
    const paid = getGateway().createPaidOrder(LIVE);
    const key = 'dialog-key-0001';
    expect((await post('cancel', paid.billnumber, { amount: '1.00', currency: 'RUB' }, { key })).status).toBe(200);
    expect(await refusal(post('cancel', paid.billnumber, { amount: '2.00', currency: 'RUB' }, { key }))).toMatchObject({
      status: 409,
      code: 'idempotency-key-reused',
      firstcode: 11,
    });
  });

  it('validation (422) for an amount without its currency, and not-found (404) for an unknown order', async () => {
    const paid = getGateway().createPaidOrder(LIVE);
    const answer = await refusal(post('cancel', paid.billnumber, { amount: '1.00' }));
    expect(answer).toMatchObject({ status: 422, code: 'validation' });
    expect(answer.errors?.map((error) => error.field)).toEqual(['currency']);
    expect(await refusal(post('cancel', '6004019999999999'))).toMatchObject({ status: 404, code: 'not-found' });
  });
});

describe('idempotency over HTTP', () => {
  it('applies a double submit once', async () => {
    const held = getGateway().createPaidOrder(LIVE, { delay: true });
    const key = 'double-click-0001';
    const [first, second] = await Promise.all([
      post('confirm', held.billnumber, {}, { key }),
      post('confirm', held.billnumber, {}, { key }),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body).toEqual(first.body);
    const operations = getGateway().getOrder(LIVE, held.billnumber).operations;
    expect(operations.filter((op) => op.type === '200')).toHaveLength(1);
  });

  it('lost-response: the refund is applied, the answer lost; a retry returns it without a second refund', async () => {
    const gateway = getGateway();
    const paid = gateway.createPaidOrder(LIVE, { amount: '1000.00' });
    gateway.clock.advance(DAY); // settled: a cancel is now a refund
    token = await signIn('accountant'); // a day later: the old session has long expired
    const key = 'lost-answer-0001';
    configureMocks({ fault: 'lost-response' });
    const lost = await post('cancel', paid.billnumber, { amount: '300.00', currency: 'RUB' }, { key });
    expect(lost.response.type).toBe('error');
    const applied = gateway.getOrder(LIVE, paid.billnumber);
    expect(applied.orderstate).toBe('PartialCanceled');

    configureMocks({ fault: 'none' });
    const retry = await post('cancel', paid.billnumber, { amount: '300.00', currency: 'RUB' }, { key });
    expect(retry.status).toBe(200);
    const result = OrderActionResult.parse(retry.body);
    expect(result.operations.map((op) => op.billnumber)).toEqual([applied.operations.at(-1)!.billnumber]);
    const order = gateway.getOrder(LIVE, paid.billnumber);
    const refunds = order.operations.flatMap((op) => op.transactions).filter((tx) => tx.type === 'refund');
    expect(refunds).toHaveLength(1);
    expect(order.totals).toMatchObject({ canceled: '300.00', remaining: '700.00' });
    expect(gateway.audit(LIVE).map((entry) => entry.outcome)).toEqual(['applied', 'replayed']);
  });

  it('error500 and conflict apply nothing', async () => {
    const held = getGateway().createPaidOrder(LIVE, { delay: true });
    for (const fault of ['error500', 'conflict'] as const) {
      configureMocks({ fault });
      const answer = await post('confirm', held.billnumber);
      expect(answer.status).toBe(fault === 'error500' ? 500 : 409);
    }
    expect(getGateway().getOrder(LIVE, held.billnumber).orderstate).toBe('Delayed');
    expect(getGateway().audit(LIVE)).toEqual([]);
  });
});
