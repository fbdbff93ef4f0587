import { describe, expect, it } from 'vitest';
import { OrderListQuery, type OrderListQueryInput } from '@/api/orders';
import { DAY, HOUR } from '../../../mocks/gateway/clock';
import { compileMask } from '../../../mocks/gateway/mask-match';
import { ACCOUNTANT, emptyGateway, LIVE, NOW } from './fixtures';

const at = (offset: number) => new Date(Date.parse(NOW) + offset).toISOString();
const query = (input: OrderListQueryInput = {}) => OrderListQuery.parse(input);

/** Five known orders, oldest first. */
function shop() {
  const gateway = emptyGateway();
  const a = gateway.createPaidOrder(LIVE, {
    ordernumber: 'A-100',
    amount: '100.00',
    createdAt: at(-5 * DAY),
    customer: { firstname: 'Анна', lastname: 'Иванова', middlename: 'Петровна', email: 'anna@mail.ru' },
    payment: { means: { type: 'card', pan: '2200150011112222' } },
  });
  const b = gateway.createPaidOrder(LIVE, {
    ordernumber: 'A-101',
    amount: '2500.50',
    createdAt: at(-4 * DAY),
    customer: { firstname: 'John', lastname: 'Smith', email: 'JOHN@Example.com' },
    payment: { outcome: 'declined' },
  });
  const retry = gateway.createPaidOrder(LIVE, {
    ordernumber: 'A-101',
    amount: '2500.50',
    createdAt: at(-4 * DAY + HOUR),
  });
  const c = gateway.createPaidOrder(LIVE, {
    ordernumber: 'B_7',
    amount: '50.00',
    currency: 'USD',
    createdAt: at(-2 * DAY),
    delay: true,
  });
  const d = gateway.createPaidOrder(LIVE, {
    ordernumber: 'C-300',
    amount: '999.99',
    createdAt: at(-1 * HOUR),
    payment: { means: { type: 'sbp', brand: 'SBP' } },
  });
  gateway.cancel(LIVE, a.billnumber, {}, ACCOUNTANT);
  return { gateway, a, b, retry, c, d };
}

const numbers = (items: readonly { ordernumber: string }[]) => items.map((item) => item.ordernumber);

describe('orders list', () => {
  it('lists newest first by default, with paging', () => {
    const { gateway } = shop();
    const first = gateway.listOrders(LIVE, query({ pageSize: 2 }));
    expect(first.total).toBe(5);
    expect(numbers(first.items)).toEqual(['C-300', 'B_7']);
    expect(numbers(gateway.listOrders(LIVE, query({ pageSize: 2, page: 3 })).items)).toEqual(['A-100']);
    expect(gateway.listOrders(LIVE, query({ pageSize: 2, page: 9 })).items).toEqual([]);
    expect(numbers(gateway.listOrders(LIVE, query({ sort: 'orderdate', pageSize: 2 })).items)).toEqual([
      'A-100',
      'A-101',
    ]);
  });

  it('finds a full order number exactly, ignoring every other filter including the period', () => {
    const { gateway, b, retry } = shop();
    const found = gateway.listOrders(
      LIVE,
      query({ ordernumber: 'A-101', from: at(-HOUR), state: 'Approved', currency: 'EUR' }),
    );
    expect(found.items.map((item) => item.billnumber)).toEqual([retry.billnumber, b.billnumber]);
    expect(gateway.listOrders(LIVE, query({ ordernumber: 'A-10' })).total).toBe(0);
  });

  it('applies a % mask within the other filters', () => {
    const { gateway } = shop();
    expect(numbers(gateway.listOrders(LIVE, query({ ordernumber: 'a-%', sort: 'orderdate' })).items)).toEqual([
      'A-100',
      'A-101',
      'A-101',
    ]);
    expect(gateway.listOrders(LIVE, query({ ordernumber: 'A-%', state: 'Declined' })).total).toBe(1);
    expect(gateway.listOrders(LIVE, query({ ordernumber: '%', from: at(-3 * DAY) })).total).toBe(2);
    expect(compileMask('B_%')('B_7')).toBe(true);
    expect(compileMask('B_%')('BX7')).toBe(false);
  });

  it('filters by period, state, amount, currency, means, brand, card, customer and e-mail', () => {
    const { gateway } = shop();
    const total = (input: OrderListQueryInput) => gateway.listOrders(LIVE, query(input)).total;
    expect(total({ from: at(-4 * DAY), to: at(-2 * DAY) })).toBe(3);
    expect(total({ to: at(-4 * DAY) })).toBe(2);
    expect(total({ state: 'Canceled,Delayed' })).toBe(2);
    expect(total({ amountFrom: '999.99' })).toBe(3);
    expect(total({ amountFrom: '100', amountTo: '999.99' })).toBe(2);
    expect(total({ currency: 'USD' })).toBe(1);
    expect(total({ means: 'sbp' })).toBe(1);
    expect(total({ brand: 'MIR' })).toBe(1);
    expect(total({ cardFirst6: '220015', cardLast4: '2222' })).toBe(1);
    expect(total({ cardLast4: '0000' })).toBe(0);
    expect(total({ customer: 'ИВАН' })).toBe(1);
    expect(total({ customer: 'петровна анна' })).toBe(1);
    expect(total({ customer: 'smith' })).toBe(1);
    expect(total({ email: 'JOHN@example' })).toBe(1);
    expect(total({ email: 'example.com' })).toBe(4);
  });

  it('finds nothing in a period that ends before it starts, on every path', () => {
    const { gateway } = shop();
    const inverted = { from: at(-DAY), to: at(-3 * DAY) };
    for (const sort of ['-orderdate', 'orderdate', 'orderamount'] as const) {
      expect(gateway.listOrders(LIVE, query({ ...inverted, sort }))).toMatchObject({ items: [], total: 0 });
      expect(gateway.listOrders(LIVE, query({ ...inverted, sort, customer: 'Анна' }))).toMatchObject({ total: 0 });
    }
    expect(gateway.countOrders(LIVE, inverted).all).toBe(0);
  });

  it('sorts by amount and by state, ties newest first', () => {
    const { gateway } = shop();
    expect(gateway.listOrders(LIVE, query({ sort: '-orderamount' })).items.map((item) => item.orderamount)).toEqual([
      '2500.50',
      '2500.50',
      '999.99',
      '100.00',
      '50.00',
    ]);
    expect(numbers(gateway.listOrders(LIVE, query({ sort: 'orderamount', pageSize: 1 })).items)).toEqual(['A-100']);
    expect(gateway.listOrders(LIVE, query({ sort: 'orderstate' })).items.map((item) => item.orderstate)).toEqual([
      'Delayed',
      'Approved',
      'Approved',
      'Canceled',
      'Declined',
    ]);
  });

  it('sorts by the payment amount the column shows: roubles first, then each other currency by its code', () => {
    const { gateway } = shop();
    // Paid in roubles after conversion: the column shows 5 871,00 ₽, not 30 000,00 ₸.
    gateway.createPaidOrder(LIVE, {
      ordernumber: 'K-1',
      amount: '30000.00',
      currency: 'KZT',
      createdAt: at(-3 * DAY),
      payment: { currency: 'RUB', rate: '0.1957' },
    });
    gateway.createPaidOrder(LIVE, { ordernumber: 'E-1', amount: '10.00', currency: 'EUR', createdAt: at(-3 * DAY) });
    const shown = (sort: 'orderamount' | '-orderamount') =>
      gateway.listOrders(LIVE, query({ sort })).items.map((item) => `${item.amount} ${item.currency}`);
    expect(shown('-orderamount')).toEqual([
      '5871.00 RUB',
      '2500.50 RUB',
      '2500.50 RUB',
      '999.99 RUB',
      '100.00 RUB',
      '10.00 EUR',
      '50.00 USD',
    ]);
    expect(shown('orderamount')).toEqual([
      '100.00 RUB',
      '999.99 RUB',
      '2500.50 RUB',
      '2500.50 RUB',
      '5871.00 RUB',
      '10.00 EUR',
      '50.00 USD',
    ]);
  });

  it('counts the quick views under the filters, whatever the state filter', () => {
    const { gateway } = shop();
    expect(gateway.countOrders(LIVE, { state: ['Declined'] })).toEqual({
      all: 5,
      delayed: 1,
      paid: 2,
      canceled: 1,
      failed: 1,
      inprocess: 0,
    });
    expect(gateway.countOrders(LIVE, { from: at(-3 * DAY) }).all).toBe(2);
  });
});
