import { describe, expect, it } from 'vitest';
import { OrderDetail, OrderSummary } from '@/api/orders';
import { DAY } from '../../../mocks/gateway/clock';
import { deriveState } from '../../../mocks/gateway/derive-state';
import { LIVE_PROFILE_ID, TEST_PROFILE_ID } from '../../../mocks/gateway/enterprise';
import { createGateway } from '../../../mocks/gateway/gateway';
import { toDetail as toDetailAt } from '../../../mocks/gateway/views';
import { NOW } from './fixtures';

const toDetail = (record: Parameters<typeof toDetailAt>[0]) => toDetailAt(record, { now: Date.parse(NOW) });

const seeded = createGateway({ seed: 7, liveOrders: 3000, testOrders: 300, now: NOW });

describe('seed', () => {
  it('is deterministic: same seed, sizes and now give the same data', () => {
    const again = createGateway({ seed: 7, liveOrders: 3000, testOrders: 300, now: NOW });
    expect(again.records(LIVE_PROFILE_ID).map(toDetail)).toEqual(seeded.records(LIVE_PROFILE_ID).map(toDetail));
    const other = createGateway({ seed: 8, liveOrders: 3000, testOrders: 300, now: NOW });
    expect(other.records(LIVE_PROFILE_ID).map(toDetail)).not.toEqual(seeded.records(LIVE_PROFILE_ID).map(toDetail));
  });

  it('produces orders whose stored state agrees with their operations, all passing the contract', () => {
    for (const profileId of [LIVE_PROFILE_ID, TEST_PROFILE_ID]) {
      for (const record of seeded.records(profileId)) {
        expect(record.state).toBe(deriveState(record.operations, record.delay));
        const detail = toDetail(record);
        OrderDetail.parse(detail);
        OrderSummary.parse(detail);
        expect(detail.testmode).toBe(profileId === TEST_PROFILE_ID);
      }
    }
  });

  it('covers the whole mix over the last 18 months, oldest first', () => {
    const records = seeded.records(LIVE_PROFILE_ID);
    expect(records.length).toBeGreaterThanOrEqual(3000);
    const states = new Set(records.map((record) => record.state));
    for (const state of [
      'Approved',
      'Delayed',
      'PartialDelayed',
      'Canceled',
      'PartialCanceled',
      'Declined',
      'Timeout',
      'In Process',
    ]) {
      expect(states, state).toContain(state);
    }
    expect(states).not.toContain('PartialApproved');
    const now = Date.parse(NOW);
    expect(records[0]!.createdAt).toBeGreaterThanOrEqual(now - 548 * DAY);
    expect(records.at(-1)!.createdAt).toBeLessThanOrEqual(now);
    expect(records.every((record, i) => i === 0 || records[i - 1]!.createdAt <= record.createdAt)).toBe(true);
    for (const record of records.filter((r) => r.state === 'Delayed')) {
      expect(record.confirmDeadline! - now).toBeLessThanOrEqual(4 * DAY);
      expect(record.confirmDeadline!).toBeGreaterThan(now);
    }
    const currencies = new Set(records.map((record) => record.ordercurrency));
    expect([...currencies].sort()).toEqual(['BYN', 'EUR', 'KZT', 'RUB', 'USD']);
    expect(records.some((record) => record.rate !== null)).toBe(true);
    const means = new Set(records.map((record) => record.means?.type));
    for (const type of ['card', 'wallet', 'ewallet', 'sbp']) expect(means).toContain(type);
    expect(records.some((record) => record.operations.some((op) => op.user === 'system'))).toBe(true);
    expect(records.some((record) => record.operations.some((op) => op.type === '500'))).toBe(true);
  });

  it('retries failed attempts under the same order number with a new billnumber', () => {
    const byNumber = new Map<string, number>();
    for (const record of seeded.records(LIVE_PROFILE_ID))
      byNumber.set(record.ordernumber, (byNumber.get(record.ordernumber) ?? 0) + 1);
    expect([...byNumber.values()].some((count) => count > 1)).toBe(true);
  });

  it('includes hostile data, some of it among the newest orders', () => {
    const records = seeded.records(LIVE_PROFILE_ID);
    const text = (r: (typeof records)[number]) => JSON.stringify([r.customer, r.comment, r.ordernumber]);
    const all = records.map(text).join('\n');
    for (const needle of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'DROP TABLE', '🐱', 'محمد']) {
      expect(all).toContain(needle);
    }
    expect(records.some((record) => record.ordernumber.length === 128)).toBe(true);
    expect(records.slice(-40).map(text).join('\n')).toContain('<script>');
  });

  it('keeps test cards on the test profile only', () => {
    const testPans = /^(411111|400000|220000)\*+(1111|0002|3220|0119|0004)$/;
    const live = seeded.records(LIVE_PROFILE_ID).filter((record) => testPans.test(record.means?.cardnumber ?? ''));
    expect(live).toEqual([]);
    expect(seeded.records(TEST_PROFILE_ID).some((record) => testPans.test(record.means?.cardnumber ?? ''))).toBe(true);
  });
});
