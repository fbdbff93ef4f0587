import { describe, expect, it } from 'vitest';
import { confirmability } from '../../../mocks/gateway/action-rules';
import { LIVE_PROFILE_ID, TEST_PROFILE_ID } from '../../../mocks/gateway/enterprise';
import { createGateway } from '../../../mocks/gateway/gateway';
import { OP } from '../../../mocks/gateway/model';
import { NOW } from './fixtures';
import { orderBreaches, ordernumberBreaches } from './domain-checks';

/**
 * The default seed (what `npm start` and `npm run gateway` serve: 20 000 live and 2 000 test
 * orders), every order checked against the rules of docs/domain.md.
 */
const gateway = createGateway({ seed: 1, now: NOW });
const now = Date.parse(NOW);

describe('the default seed follows every rule', () => {
  for (const profileId of [LIVE_PROFILE_ID, TEST_PROFILE_ID]) {
    const orders = gateway.records(profileId);

    it(`${profileId}: no order breaks a rule (refund-only, test instruments, points, operations)`, () => {
      expect(orders.length).toBeGreaterThan(profileId === LIVE_PROFILE_ID ? 19_000 : 1_900);
      const breaches = orders.flatMap((order) =>
        orderBreaches(order).map((breach) => `${order.billnumber}: ${breach}`),
      );
      expect(breaches.slice(0, 20)).toEqual([]);
    });

    it(`${profileId}: one successful payment per order number`, () => {
      expect(ordernumberBreaches(orders)).toEqual([]);
    });

    it(`${profileId}: every held order is confirmable until its deadline, and only until then`, () => {
      for (const order of orders.filter((o) => o.state === 'Delayed')) {
        expect(confirmability(order, now).ok).toBe(true);
        expect(confirmability(order, order.confirmDeadline!).ok).toBe(false);
      }
    });
  }

  it('shows what the rules are about: points payments, queued refunds, test wallets, retries', () => {
    const live = gateway.records(LIVE_PROFILE_ID);
    const test = gateway.records(TEST_PROFILE_ID);
    const ops = (orders: typeof live) => orders.flatMap((order) => order.operations);
    expect(ops(live).some((op) => op.type === OP.bonusPayment)).toBe(true);
    expect(ops(live).some((op) => op.type === OP.bonusPaymentCancel)).toBe(true);
    expect(ops(live).some((op) => op.type === OP.bonusAccrualCancel && op.user !== 'system')).toBe(true);
    expect(live.some((order) => order.operations.at(-1)?.responsecode === 'AS111')).toBe(true);
    expect(test.some((order) => order.means?.type === 'wallet' && order.state === 'Approved')).toBe(true);
    expect(test.some((order) => order.means?.type === 'sbp' && order.state === 'Approved')).toBe(true);
    expect(test.some((order) => order.means?.type === 'wallet' && order.state === 'Declined')).toBe(true);
  });
});
