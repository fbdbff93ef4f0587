import { describe, expect, it } from 'vitest';
import { DEMO_JOURNAL_KEY, type JournalStorage } from '../../../mocks/demo/demo-journal';
import { createPersistedGateway } from '../../../mocks/demo/persisted-gateway';
import type { Gateway } from '../../../mocks/gateway/gateway';

const LIVE = '600401';
// The seed spreads its history over the 1.5-year monitoring window: 800 orders leave a few holds open.
const SIZES = { seed: 3, liveOrders: 800, testOrders: 10 };
const ACTOR = { user: 'accountant', ip: '127.0.0.1' };

function memoryStorage(): JournalStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** A clock the test moves: the first visit, then later visits. */
function realClock(start: number) {
  let now = start;
  return { now: () => now, move: (ms: number) => (now += ms) };
}

function confirmable(gateway: Gateway) {
  const list = gateway.listOrders(LIVE, { page: 1, pageSize: 100, sort: '-orderdate', state: ['Delayed'] });
  const order = list.items.find((item) => item.actions.confirm);
  if (!order) throw new Error('the seed has no order awaiting confirmation');
  return order;
}

describe('the persisted demo gateway', () => {
  it('generates the same history on every visit, anchored at the first one', () => {
    const storage = memoryStorage();
    const clock = realClock(Date.parse('2026-11-28T09:00:00Z'));
    const first = createPersistedGateway(storage, SIZES, clock.now).gateway;
    const page = first.listOrders(LIVE, { page: 1, pageSize: 50, sort: '-orderdate' });
    clock.move(3_600_000 + 123);
    const again = createPersistedGateway(storage, SIZES, clock.now).gateway;
    const later = again.listOrders(LIVE, { page: 1, pageSize: 50, sort: '-orderdate' });
    expect(later.total).toBe(page.total);
    expect(later.items.map((order) => [order.billnumber, order.ordernumber, order.customer.email])).toEqual(
      page.items.map((order) => [order.billnumber, order.ordernumber, order.customer.email]),
    );
  });

  it('keeps a partial confirmation and its idempotency key after a reload', () => {
    const storage = memoryStorage();
    const clock = realClock(Date.parse('2026-11-28T09:00:00Z'));
    const first = createPersistedGateway(storage, SIZES, clock.now).gateway;
    const order = confirmable(first);
    clock.move(60_000);
    const request = { amount: '1.00', currency: order.currency ?? 'RUB' };
    const result = first.confirm(LIVE, order.billnumber, request, ACTOR, 'key-12345678');

    clock.move(120_000);
    const reloaded = createPersistedGateway(storage, SIZES, clock.now).gateway;
    const detail = reloaded.getOrder(LIVE, order.billnumber);
    expect(detail.orderstate).toBe(result.order.orderstate);
    expect(detail.operations.map((op) => op.billnumber)).toEqual(result.order.operations.map((op) => op.billnumber));
    // The same dialog retried after the reload gets the first answer, not a second charge.
    const replay = reloaded.confirm(LIVE, order.billnumber, request, ACTOR, 'key-12345678');
    expect(replay.operations).toEqual(result.operations);
    expect(reloaded.audit(LIVE).map((entry) => entry.outcome)).toEqual(['applied', 'replayed']);
  });

  it('lets another tab catch up with an action, and forgets everything on reset', () => {
    const storage = memoryStorage();
    const clock = realClock(Date.parse('2026-11-28T09:00:00Z'));
    const tabA = createPersistedGateway(storage, SIZES, clock.now);
    const tabB = createPersistedGateway(storage, SIZES, clock.now);
    const order = confirmable(tabA.gateway);
    tabA.gateway.confirm(LIVE, order.billnumber, {}, ACTOR, 'key-abcdefgh');
    expect(tabB.gateway.getOrder(LIVE, order.billnumber).orderstate).toBe('Delayed');
    tabB.catchUp();
    expect(tabB.gateway.getOrder(LIVE, order.billnumber).orderstate).toBe('Approved');

    tabB.reset();
    expect(storage.map.has(DEMO_JOURNAL_KEY)).toBe(false);
    clock.move(1000);
    const fresh = createPersistedGateway(storage, SIZES, clock.now).gateway;
    expect(fresh.audit(LIVE)).toEqual([]);
  });

  it('starts afresh from a journal it cannot read', () => {
    const storage = memoryStorage();
    storage.setItem(DEMO_JOURNAL_KEY, '{not json');
    const gateway = createPersistedGateway(storage, SIZES, () => Date.parse('2026-11-28T09:00:00Z')).gateway;
    expect(gateway.listOrders(LIVE, { page: 1, pageSize: 1, sort: '-orderdate' }).total).toBeGreaterThan(0);
  });
});
