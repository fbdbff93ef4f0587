import { beforeEach, describe, expect, it } from 'vitest';
import type { OrderState } from '@/api/orders';
import { parseAmount, toDecimalString } from '@/lib/money';
import { resetGateway, getGateway } from '../../../mocks/runtime';

const LIVE = '600401';

beforeEach(() => {
  resetGateway({ seed: 2, liveOrders: 300, testOrders: 10, now: '2026-11-28T09:00:00Z' });
});

/** The same sums, the slow way: every page of the list, added up per shown currency. */
function sumOfPages(state?: OrderState[]) {
  const sums = new Map<string, { count: number; amount: bigint }>();
  for (let page = 1; ; page += 1) {
    const list = getGateway().listOrders(LIVE, { page, pageSize: 100, sort: '-orderdate', state });
    for (const order of list.items) {
      const currency = order.currency ?? order.ordercurrency;
      const sum = sums.get(currency) ?? { count: 0, amount: 0n };
      sum.count += 1;
      sum.amount += parseAmount(order.amount ?? order.orderamount);
      sums.set(currency, sum);
    }
    if (page * 100 >= list.total) break;
  }
  return [...sums.entries()]
    .map(([currency, sum]) => ({ currency, count: sum.count, amount: toDecimalString(sum.amount) }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}

describe('order totals', () => {
  it('add up what the list shows, per currency, never across currencies', () => {
    const totals = getGateway().totalOrders(LIVE, {});
    expect(totals.count).toBe(getGateway().listOrders(LIVE, { page: 1, pageSize: 1, sort: '-orderdate' }).total);
    expect([...totals.byCurrency].sort((a, b) => a.currency.localeCompare(b.currency))).toEqual(sumOfPages());
    expect(new Set(totals.byCurrency.map((total) => total.currency)).size).toBe(totals.byCurrency.length);
  });

  it('follow the filters, the state filter included', () => {
    const held = getGateway().totalOrders(LIVE, { state: ['Delayed'] });
    expect([...held.byCurrency].sort((a, b) => a.currency.localeCompare(b.currency))).toEqual(sumOfPages(['Delayed']));
    getGateway().createPaidOrder(LIVE, { delay: true, amount: '1000.50', currency: 'RUB' });
    const after = getGateway().totalOrders(LIVE, { state: ['Delayed'] });
    const rub = (totals: typeof held) => totals.byCurrency.find((total) => total.currency === 'RUB');
    expect(parseAmount(rub(after)!.amount) - parseAmount(rub(held)?.amount ?? '0.00')).toBe(100050n);
    expect(getGateway().totalOrders(LIVE, { ordernumber: 'NO-SUCH-ORDER' })).toEqual({ count: 0, byCurrency: [] });
  });
});
