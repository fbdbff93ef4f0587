import { describe, expect, it } from 'vitest';
import { OrderListQuery, VIEW_STATES, type OrderListQueryInput, type OrderSort } from '@/api/orders';
import { DAY, HOUR } from '../../../mocks/gateway/clock';
import { createGateway, type Gateway } from '../../../mocks/gateway/gateway';
import type { OrderRecord } from '../../../mocks/gateway/model';
import { fromMinor } from '../../../mocks/gateway/money';
import { ACCOUNTANT, LIVE, NOW } from './fixtures';

const query = (input: OrderListQueryInput) => OrderListQuery.parse(input);

/** Written out independently of the gateway: what each sort means, with every tie broken. */
const newestFirst = (a: OrderRecord, b: OrderRecord) =>
  b.createdAt - a.createdAt || b.billnumber.localeCompare(a.billnumber);
const shownAmount = (order: OrderRecord) => order.amount ?? order.orderamount;
const currencyGroup = (order: OrderRecord) => {
  const currency = order.currency ?? order.ordercurrency;
  return currency === 'RUB' ? '' : currency;
};
const REFERENCE: Partial<Record<OrderSort, (a: OrderRecord, b: OrderRecord) => number>> = {
  '-orderdate': newestFirst,
  orderdate: (a, b) => -newestFirst(a, b),
  '-orderamount': (a, b) =>
    currencyGroup(a).localeCompare(currencyGroup(b)) || shownAmount(b) - shownAmount(a) || newestFirst(a, b),
  orderamount: (a, b) =>
    currencyGroup(a).localeCompare(currencyGroup(b)) || shownAmount(a) - shownAmount(b) || newestFirst(a, b),
};

/** The slow, obvious answer: every order checked, then sorted. */
function reference(gateway: Gateway, input: { state?: string[]; mask?: string; from?: number }, sort: OrderSort) {
  const mask = input.mask === undefined ? null : new RegExp(`^${input.mask.replace(/%/g, '.*')}$`, 'i');
  return gateway
    .records(LIVE)
    .filter(
      (order) =>
        (input.state === undefined || input.state.includes(order.state)) &&
        (mask === null || mask.test(order.ordernumber)) &&
        (input.from === undefined || order.createdAt >= input.from),
    )
    .sort(REFERENCE[sort])
    .map((order) => order.billnumber);
}

/** The totals the slow way: the reference's orders, their shown amounts added per currency. */
function referenceTotals(gateway: Gateway, input: { state?: string[]; mask?: string; from?: number }) {
  const ids = new Set(reference(gateway, input, '-orderdate'));
  const sums = new Map<string, { count: number; amount: number }>();
  for (const order of gateway.records(LIVE).filter((record) => ids.has(record.billnumber))) {
    const currency = order.currency ?? order.ordercurrency;
    const sum = sums.get(currency) ?? { count: 0, amount: 0 };
    sums.set(currency, { count: sum.count + 1, amount: sum.amount + shownAmount(order) });
  }
  return { count: ids.size, sums };
}

function listed(gateway: Gateway, input: OrderListQueryInput) {
  const list = gateway.listOrders(LIVE, query({ pageSize: 100, ...input }));
  return { total: list.total, ids: list.items.map((item) => item.billnumber) };
}

describe('the order indexes', () => {
  it('answer state filters, masks, amount sorts and totals as a full pass would, also after actions and time passing', () => {
    const gateway = createGateway({ liveOrders: 3000, testOrders: 0, now: NOW, seed: 5 });
    const check = () => {
      const from = Date.parse(NOW) - 20 * DAY;
      const cases: { state?: string[]; mask?: string; from?: number }[] = [
        {},
        { state: [...VIEW_STATES.delayed] },
        { state: ['Approved', 'Canceled'], from },
        { mask: 'PL-101%' },
        { mask: 'pl-10%', state: ['Approved'] },
      ];
      for (const input of cases) {
        const filters = query({
          state: input.state?.join(','),
          ordernumber: input.mask,
          from: input.from === undefined ? undefined : new Date(input.from).toISOString(),
        });
        const totals = gateway.totalOrders(LIVE, filters);
        const expectedTotals = referenceTotals(gateway, input);
        expect({ input, count: totals.count }).toEqual({ input, count: expectedTotals.count });
        for (const total of totals.byCurrency) {
          const expected = expectedTotals.sums.get(total.currency);
          expect({ input, total }).toEqual({
            input,
            total: { currency: total.currency, count: expected?.count, amount: fromMinor(expected?.amount ?? 0) },
          });
        }
        expect(totals.byCurrency).toHaveLength(expectedTotals.sums.size);
        for (const sort of ['-orderdate', 'orderdate', '-orderamount', 'orderamount'] as const) {
          const expected = reference(gateway, input, sort);
          const got = listed(gateway, {
            sort,
            state: input.state?.join(','),
            ordernumber: input.mask,
            from: input.from === undefined ? undefined : new Date(input.from).toISOString(),
          });
          expect({ input, sort, total: got.total }).toEqual({ input, sort, total: expected.length });
          expect(got.ids).toEqual(expected.slice(0, 100));
        }
      }
      const counts = gateway.countOrders(LIVE, {});
      expect(counts.delayed).toBe(reference(gateway, { state: [...VIEW_STATES.delayed] }, '-orderdate').length);
    };

    check();
    // Orders change state under the list: confirmations, cancellations, holds expiring, new payments.
    const held = gateway.listOrders(LIVE, query({ state: 'Delayed', pageSize: 6 })).items;
    for (const order of held.slice(0, 3)) gateway.confirm(LIVE, order.billnumber, {}, ACCOUNTANT);
    for (const order of held.slice(3)) gateway.cancel(LIVE, order.billnumber, {}, ACCOUNTANT);
    gateway.createPaidOrder(LIVE, { ordernumber: 'PL-1019990-N', amount: '123456.00', delay: true });
    gateway.clock.advance(5 * DAY + HOUR);
    check();
  });
});
