import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CURRENCIES } from '@/api/common';
import { BRANDS, MEANS_TYPES, ORDER_SORTS, OrderCounts, OrderList, VIEW_STATES, type OrderView } from '@/api/orders';
import { LIVE_PROFILE_ID } from '../../../mocks/gateway/enterprise';
import { resetMockConfig } from '../../../mocks/handlers/config';
import { getGateway, resetGateway } from '../../../mocks/runtime';
import { call, NOW, send, signIn } from './api';
import type { Credentials } from './api';
import { parseCsv } from './csv-parse';

const LIVE = LIVE_PROFILE_ID;
type View = Exclude<OrderView, 'all'>;
const VIEWS = Object.keys(VIEW_STATES) as View[];

let token: Credentials;
beforeAll(async () => {
  resetGateway({ liveOrders: 1500, testOrders: 50, now: NOW });
  resetMockConfig();
  token = await signIn('accountant');
});

async function counts(search: string): Promise<OrderCounts> {
  const answer = await call('GET', `/profiles/${LIVE}/orders/counts${search}`, { token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return OrderCounts.parse(answer.body);
}

async function list(search: string): Promise<OrderList> {
  const answer = await call('GET', `/profiles/${LIVE}/orders${search}`, { token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return OrderList.parse(answer.body);
}

async function exported(search: string): Promise<{ header: number; billnumbers: string[] }> {
  const response = await send('GET', `/profiles/${LIVE}/orders/export${search}`, { token });
  expect(response.status).toBe(200);
  const rows = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
  return { header: Number(response.headers.get('X-Total-Count')), billnumbers: rows.slice(1).map((row) => row[0]!) };
}

describe('order counts per quick view', () => {
  it('counts every view and ignores the state filter', async () => {
    const all = await counts('');
    expect(all.all).toBe(getGateway().records(LIVE).length);
    expect(VIEWS.reduce((sum, view) => sum + all[view], 0)).toBe(all.all);
    expect(await counts('?state=Declined')).toEqual(all);
    for (const view of VIEWS) {
      expect((await list(`?state=${VIEW_STATES[view].join(',')}&pageSize=1`)).total).toBe(all[view]);
    }
  });

  it('validates filters like the list (422) and needs a session (401)', async () => {
    const bad = await call('GET', `/profiles/${LIVE}/orders/counts?currency=GBP&page=2`, { token });
    expect(bad.status).toBe(422);
    expect((await call('GET', `/profiles/${LIVE}/orders/counts`)).status).toBe(401);
  });
});

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const now = Date.parse(NOW);
const DAY = 86_400_000;

/** Mostly absent: a few filters at a time, as a person sets them. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

/** Random filter combinations the monitor can send; the state filter as a union of views. */
const filters = fc
  .record({
    views: sometimes(fc.subarray(VIEWS, { minLength: 1 })),
    from: sometimes(fc.integer({ min: 0, max: 548 }).map((days) => iso(now - days * DAY))),
    to: sometimes(fc.integer({ min: 0, max: 300 }).map((days) => iso(now - days * DAY))),
    currency: sometimes(fc.constantFrom(...CURRENCIES)),
    means: sometimes(fc.constantFrom(...MEANS_TYPES)),
    brand: sometimes(fc.constantFrom(...BRANDS)),
    amountFrom: sometimes(fc.integer({ min: 0, max: 20_000 }).map(String)),
    amountTo: sometimes(fc.integer({ min: 100, max: 200_000 }).map(String)),
    customer: sometimes(fc.constantFrom('ова', 'иван', 'анна петр', 'zz-nobody')),
    ordernumber: sometimes(fc.constantFrom('PL-1%', '%7', 'MP-%', 'PL-100123')),
    email: sometimes(fc.constantFrom('@mail', 'example')),
    sort: sometimes(fc.constantFrom(...ORDER_SORTS)),
  })
  .map(({ views, sort, ...rest }) => ({
    views,
    sort,
    rest: Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as Record<string, string>,
  }));

describe('list total = counts = export rows (property)', () => {
  it('agree for random filter combinations', async () => {
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(filters, async ({ views, sort, rest }) => {
        const params = new URLSearchParams(rest);
        const base = params.toString();
        const viewCounts = await counts(`?${base}`);
        // A full order number ignores every other filter, the state included (docs/domain.md §7).
        const exact = rest.ordernumber !== undefined && !rest.ordernumber.includes('%');
        const expected = views && !exact ? views.reduce((sum, view) => sum + viewCounts[view], 0) : viewCounts.all;
        if (views) params.set('state', views.flatMap((view) => VIEW_STATES[view]).join(','));
        if (sort) params.set('sort', sort);
        const page = await list(`?${params.toString()}&pageSize=25`);
        expect(page.total).toBe(expected);
        if (expected > 25) nonEmpty += 1;
        const file = await exported(`?${params.toString()}&columns=billnumber`);
        expect(file.header).toBe(expected);
        expect(file.billnumbers).toHaveLength(expected);
        // Same filter semantics and the same order as the list.
        expect(file.billnumbers.slice(0, 25)).toEqual(page.items.map((item) => item.billnumber));
      }),
      { numRuns: 60 },
    );
    // Most random combinations match nothing; enough must match something to mean anything.
    expect(nonEmpty).toBeGreaterThan(5);
  });
});
