import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OrderDetail, OrderList } from '@/api/orders';
import { Problem } from '@/api/problem';
import { resetMockConfig } from '../../../mocks/handlers/config';
import { resetGateway } from '../../../mocks/runtime';
import { call, NOW, signIn } from './api';
import type { Credentials } from './api';

let token: Credentials;
beforeAll(async () => {
  resetGateway({ liveOrders: 400, testOrders: 40, now: NOW });
  token = await signIn('viewer');
});
beforeEach(() => resetMockConfig());

const list = async (profileId: string, search = '') => {
  const answer = await call('GET', `/profiles/${profileId}/orders${search}`, { token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return OrderList.parse(answer.body);
};

describe('orders endpoints', () => {
  it('needs a session', async () => {
    const answer = await call('GET', '/profiles/600401/orders');
    expect(answer.status).toBe(401);
    expect(answer.contentType).toBe('application/problem+json');
  });

  it('pages newest first with the default page size', async () => {
    const first = await list('600401');
    expect(first.page).toBe(1);
    expect(first.pageSize).toBe(25);
    expect(first.items).toHaveLength(25);
    expect(first.total).toBeGreaterThanOrEqual(400);
    const dates = first.items.map((item) => item.orderdate);
    expect([...dates].sort().reverse()).toEqual(dates);
    const second = await list('600401', '?page=2&pageSize=25');
    expect(second.items[0]!.orderdate <= first.items.at(-1)!.orderdate).toBe(true);
    expect(new Set([...first.items, ...second.items].map((item) => item.billnumber)).size).toBe(50);
  });

  it('sorts and filters on the server', async () => {
    const byAmount = await list('600401', '?sort=-orderamount&currency=RUB&pageSize=10');
    const amounts = byAmount.items.map((item) => Number(item.orderamount.replace('.', '')));
    expect([...amounts].sort((a, b) => b - a)).toEqual(amounts);
    const approved = await list('600401', '?state=Approved,PartialDelayed&pageSize=100');
    expect(approved.items.every((item) => ['Approved', 'PartialDelayed'].includes(item.orderstate))).toBe(true);
    const from = '2026-11-01T00:00:00Z';
    const recent = await list('600401', `?from=${encodeURIComponent(from)}&pageSize=100`);
    expect(recent.items.every((item) => item.orderdate >= from)).toBe(true);
    const exact = await list(
      '600401',
      `?ordernumber=${encodeURIComponent(recent.items[0]!.ordernumber)}&from=2030-01-01T00:00:00Z`,
    );
    expect(exact.total).toBeGreaterThanOrEqual(1);
  });

  it('keeps test data on the test profile', async () => {
    const test = await list('900401', '?pageSize=100');
    expect(test.items.every((item) => item.testmode)).toBe(true);
    expect((await list('600401', '?pageSize=100')).items.some((item) => item.testmode)).toBe(false);
  });

  it('shows in the detail exactly what the list shows', async () => {
    const page = await list('600401', '?pageSize=20');
    for (const item of page.items) {
      const answer = await call('GET', `/profiles/600401/orders/${item.billnumber}`, { token });
      expect(answer.status).toBe(200);
      const detail = OrderDetail.parse(answer.body);
      const { comment: _comment, settled, cancelcount, totals, operations, ...summary } = detail;
      expect(summary).toEqual(item);
      // The detail's extras agree with its own operations and with the actions the list offers.
      const transactions = operations.flatMap((op) => op.transactions);
      expect(settled).toBe(transactions.some((tx) => tx.type === 'financial'));
      expect(cancelcount).toBe(operations.filter((op) => op.type === '300' && op.state === 'S').length);
      expect(totals.remaining).toBe(item.actions.cancel?.max ?? '0.00');
      operations.forEach((op, index) => expect(op.billnumber).toBe(`${item.billnumber}.${index + 1}`));
    }
  });

  it('answers 404 for an unknown order, an order of the other profile and an unknown profile', async () => {
    const unknown = await call('GET', '/profiles/600401/orders/6004019999999999', { token });
    expect(unknown.status).toBe(404);
    expect(Problem.parse(unknown.body)).toMatchObject({ code: 'not-found', firstcode: 10, secondcode: 201 });
    const testOrder = (await list('900401', '?pageSize=1')).items[0]!;
    expect((await call('GET', `/profiles/600401/orders/${testOrder.billnumber}`, { token })).status).toBe(404);
    const unknownProfile = await call('GET', '/profiles/123456/orders', { token });
    expect(unknownProfile.status).toBe(404);
    expect(Problem.parse(unknownProfile.body)).toMatchObject({ code: 'not-found', firstcode: 10, secondcode: 201 });
  });
});
