import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY } from '../../../mocks/gateway/clock';
import { createEventQueue } from '../../../mocks/gateway/event-queue';
import { nextSettlementAt } from '../../../mocks/gateway/settlement';
import { ACCOUNTANT, emptyGateway, LIVE } from './fixtures';

describe('event queue', () => {
  it('pops only what is due, earliest first', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 })), fc.integer({ min: 0, max: 1000 }), (ats, now) => {
        const queue = createEventQueue<number>();
        ats.forEach((at, i) => queue.push(at, i));
        const popped: number[] = [];
        for (let entry = queue.popDue(now); entry; entry = queue.popDue(now)) popped.push(entry.at);
        expect(popped).toEqual(ats.filter((at) => at <= now).sort((a, b) => a - b));
        expect(queue.size).toBe(ats.filter((at) => at > now).length);
      }),
    );
  });
});

describe('settlement schedule', () => {
  it('is the next 00:00 in Moscow (21:00 UTC), strictly after the instant', () => {
    const daily = { mode: 'daily' } as const;
    expect(new Date(nextSettlementAt(daily, Date.parse('2026-11-28T09:00:00Z'))).toISOString()).toBe(
      '2026-11-28T21:00:00.000Z',
    );
    expect(new Date(nextSettlementAt(daily, Date.parse('2026-11-28T21:00:00Z'))).toISOString()).toBe(
      '2026-11-29T21:00:00.000Z',
    );
    expect(new Date(nextSettlementAt(daily, Date.parse('2026-11-28T22:30:00Z'))).toISOString()).toBe(
      '2026-11-29T21:00:00.000Z',
    );
  });
});

describe('lazy processing', () => {
  it('applies due events in time order across many orders on the next read', () => {
    const gateway = emptyGateway();
    const held = Array.from({ length: 5 }, () => gateway.createPaidOrder(LIVE, { delay: true }));
    const paid = gateway.createPaidOrder(LIVE);
    gateway.confirm(LIVE, held[0]!.billnumber, {}, ACCOUNTANT);
    gateway.clock.advance(10 * DAY);
    const states = gateway
      .listOrders(LIVE, { page: 1, pageSize: 25, sort: 'orderdate' })
      .items.map((item) => item.orderstate);
    expect(states).toEqual(['Approved', 'Canceled', 'Canceled', 'Canceled', 'Canceled', 'Approved']);
    expect(gateway.getOrder(LIVE, paid.billnumber).settled).toBe(true);
    expect(gateway.getOrder(LIVE, held[0]!.billnumber).settled).toBe(true);
  });
});
