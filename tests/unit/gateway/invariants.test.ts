import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrderDetail, type OrderState } from '@/api/orders';
import { DAY, HOUR } from '../../../mocks/gateway/clock';
import { deriveState, remainingOf } from '../../../mocks/gateway/derive-state';
import { TEST_PROFILE_ID } from '../../../mocks/gateway/enterprise';
import { isGatewayError } from '../../../mocks/gateway/errors';
import type { Gateway } from '../../../mocks/gateway/gateway';
import { fromMinor } from '../../../mocks/gateway/money';
import type { OrderRecord } from '../../../mocks/gateway/model';
import { moneyOf } from '../../../mocks/gateway/totals';
import { ACCOUNTANT, emptyGateway, LIVE } from './fixtures';

const CLOSED: ReadonlySet<OrderState> = new Set(['Canceled', 'Declined', 'Timeout']);

type Action = { kind: 'confirm' | 'cancel'; pct: number | null; reason: 1 | 2 | 3 } | { kind: 'advance'; ms: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('confirm' as const, 'cancel' as const),
    pct: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
    reason: fc.constantFrom(1 as const, 2 as const, 3 as const),
  }),
  fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 5 * DAY }) }),
);

const scenario = fc.record({
  delay: fc.boolean(),
  amount: fc.integer({ min: 1, max: 99_999_999 }),
  pan: fc.constantFrom('4276830012345678', '3530111333300000', '2200000000000004'),
  outcome: fc.constantFrom('approved' as const, 'approved' as const, 'declined' as const, 'timeout' as const),
  settleDelay: fc.option(fc.integer({ min: 1, max: 48 * HOUR }), { nil: null }),
  actions: fc.array(action, { maxLength: 12 }),
});

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function checkInvariants(order: OrderRecord): void {
  expect(order.state).toBe(deriveState(order.operations, order.delay));
  const money = moneyOf(order.operations, order.delay);
  expect(money.charged).toBeLessThanOrEqual(money.authorized);
  const taken = order.delay && !money.confirmed ? money.authorized : money.charged;
  expect(money.canceled).toBeLessThanOrEqual(taken);
  expect(remainingOf(order.operations, order.delay, order.state)).toBeGreaterThanOrEqual(0);
  const transactions = order.operations.flatMap((op) => op.transactions);
  const settled = sum(transactions.filter((tx) => tx.type === 'financial').map((tx) => tx.amount));
  const refunded = sum(transactions.filter((tx) => tx.type === 'refund').map((tx) => tx.amount));
  expect(refunded).toBeLessThanOrEqual(settled);
  expect(transactions.filter((tx) => tx.type === 'financial').length).toBeLessThanOrEqual(1);
  const accrued = sum(order.operations.filter((op) => op.type === '500').map((op) => op.amount));
  const accrualCanceled = sum(order.operations.filter((op) => op.type === '510').map((op) => op.amount));
  expect(accrualCanceled).toBeLessThanOrEqual(accrued);
  if (order.state === 'Canceled') expect(accrualCanceled).toBe(accrued);
  for (const op of order.operations) expect(op.amount).toBeGreaterThan(0);
  expect(order.operations.map((op) => op.n)).toEqual(order.operations.map((_, i) => i + 1));
}

function record(gateway: Gateway, profileId: string, billnumber: string): OrderRecord {
  const found = gateway.records(profileId).find((order) => order.billnumber === billnumber);
  if (!found) throw new Error('order vanished');
  return found;
}

describe('state machine invariants under random action sequences', () => {
  it('keeps money consistent, state derivable, and closed orders closed', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const profileId = s.pan.startsWith('2200') ? TEST_PROFILE_ID : LIVE;
        const gateway = emptyGateway(
          s.settleDelay === null ? {} : { settlement: { mode: 'delay', ms: s.settleDelay } },
        );
        const created = gateway.createPaidOrder(profileId, {
          delay: s.delay,
          amount: fromMinor(s.amount),
          payment: { means: { type: 'card', pan: s.pan }, outcome: s.outcome },
        });
        const order = record(gateway, profileId, created.billnumber);
        checkInvariants(order);
        for (const step of s.actions) {
          if (step.kind === 'advance') {
            gateway.clock.advance(step.ms);
            gateway.processDue();
            checkInvariants(order);
            continue;
          }
          gateway.processDue();
          const before = { state: order.state, count: order.operations.length };
          const remaining = remainingOf(order.operations, order.delay, order.state);
          const request =
            step.pct === null
              ? {}
              : {
                  amount: fromMinor(Math.floor((remaining * step.pct) / 100)),
                  currency: order.currency ?? order.ordercurrency,
                };
          try {
            if (step.kind === 'confirm') gateway.confirm(profileId, order.billnumber, request, ACCOUNTANT);
            else gateway.cancel(profileId, order.billnumber, { ...request, reason: step.reason }, ACCOUNTANT);
            expect(CLOSED.has(before.state), `${step.kind} succeeded on a ${before.state} order`).toBe(false);
          } catch (error) {
            if (!isGatewayError(error)) throw error;
            // A refused action changes nothing.
            expect({ state: order.state, count: order.operations.length }).toEqual(before);
          }
          checkInvariants(order);
        }
        expect(OrderDetail.safeParse(gateway.getOrder(profileId, order.billnumber)).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never lets confirmations exceed the authorization nor charge twice', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 10_000_000 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 4 }),
        (amount, pcts) => {
          const gateway = emptyGateway();
          const held = gateway.createPaidOrder(LIVE, { delay: true, amount: fromMinor(amount) });
          let successes = 0;
          for (const pct of pcts) {
            try {
              gateway.confirm(
                LIVE,
                held.billnumber,
                { amount: fromMinor(Math.max(1, Math.floor((amount * pct) / 100))), currency: 'RUB' },
                ACCOUNTANT,
              );
              successes += 1;
            } catch (error) {
              if (!isGatewayError(error)) throw error;
            }
          }
          expect(successes).toBe(1);
          const money = moneyOf(record(gateway, LIVE, held.billnumber).operations, true);
          expect(money.charged).toBeLessThanOrEqual(money.authorized);
        },
      ),
      { numRuns: 200 },
    );
  });
});
