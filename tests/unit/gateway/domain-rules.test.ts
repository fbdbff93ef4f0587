import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confirmability } from '../../../mocks/gateway/action-rules';
import { advanceOrder } from '../../../mocks/gateway/advance';
import { DAY, HOUR } from '../../../mocks/gateway/clock';
import { TEST_PROFILE_ID } from '../../../mocks/gateway/enterprise';
import { isGatewayError } from '../../../mocks/gateway/errors';
import type { Gateway } from '../../../mocks/gateway/gateway';
import { fromMinor, share } from '../../../mocks/gateway/money';
import { OP, type OrderRecord } from '../../../mocks/gateway/model';
import type { MeansInput, PaymentInput } from '../../../mocks/gateway/payment';
import { TEST_CARDS, type PaymentOutcome } from '../../../mocks/gateway/test-cards';
import { remainingOf } from '../../../mocks/gateway/derive-state';
import { TRANSACTION_TYPES } from '@/api/orders';
import { ACCOUNTANT, emptyGateway, LIVE } from './fixtures';
import { operationBreaches, ordernumberBreaches, pointsBreaches, refundOnlyBreaches } from './domain-checks';

/**
 * One property per rule of docs/domain.md that the gateway once broke: random histories of
 * schemes, means, stages, partial amounts and clock moves, checked against the rule.
 */

function record(gateway: Gateway, profileId: string, billnumber: string): OrderRecord {
  const found = gateway.records(profileId).find((order) => order.billnumber === billnumber);
  if (!found) throw new Error('order vanished');
  return found;
}

type Step = { kind: 'confirm' | 'cancel'; pct: number | null } | { kind: 'advance'; ms: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('confirm' as const, 'cancel' as const),
    pct: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
  }),
  fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 5 * DAY }) }),
);

/** Plays merchant actions and clock moves on an order; refusals are part of life. */
function play(
  gateway: Gateway,
  profileId: string,
  order: OrderRecord,
  steps: readonly Step[],
  check: () => void,
): void {
  for (const s of steps) {
    if (s.kind === 'advance') {
      gateway.clock.advance(s.ms);
      gateway.processDue();
    } else {
      gateway.processDue();
      const remaining = remainingOf(order.operations, order.delay, order.state);
      const amount = s.pct === null ? 0 : Math.floor((remaining * s.pct) / 100);
      const request = amount > 0 ? { amount: fromMinor(amount), currency: order.currency ?? order.ordercurrency } : {};
      try {
        if (s.kind === 'confirm') gateway.confirm(profileId, order.billnumber, request, ACCOUNTANT);
        else gateway.cancel(profileId, order.billnumber, request, ACCOUNTANT);
      } catch (error) {
        if (!isGatewayError(error)) throw error;
      }
    }
    check();
  }
}

const SCHEME_PANS = {
  JCB: '3530111333300000',
  AMEX: '371449635398431',
  VISA: '4276830012345678',
  MIR: '2200150011112222',
} as const;

describe('rule 1: JCB and AMEX are refund-only, and settlement keeps its schedule', () => {
  it('never reverses on a refund-only scheme, never offers a reversal there, and settles only at 00:00 Moscow', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(SCHEME_PANS) as (keyof typeof SCHEME_PANS)[])),
        fc.constantFrom('card' as const, 'wallet' as const),
        fc.boolean(),
        fc.integer({ min: 100, max: 5_000_000 }),
        fc.array(step, { maxLength: 10 }),
        (scheme, type, delay, amount, steps) => {
          const gateway = emptyGateway();
          const means: MeansInput =
            type === 'card'
              ? { type, pan: SCHEME_PANS[scheme] }
              : { type, brand: 'APPLEPAY', pan: SCHEME_PANS[scheme] };
          const created = gateway.createPaidOrder(LIVE, { delay, amount: fromMinor(amount), payment: { means } });
          const order = record(gateway, LIVE, created.billnumber);
          const refundOnly = scheme === 'JCB' || scheme === 'AMEX';
          play(gateway, LIVE, order, [...steps, { kind: 'advance', ms: 6 * DAY }], () => {
            expect(refundOnlyBreaches(order, true)).toEqual([]);
            const offer = gateway.getOrder(LIVE, order.billnumber).actions.cancel;
            if (refundOnly && offer !== null) expect(offer.transaction).toBe('refund');
          });
        },
      ),
      { numRuns: 250 },
    );
  });
});

const LIVE_PANS = ['4276830012345678', '5469380011112222', '2200150011112222'];
const TEST_PANS = Object.keys(TEST_CARDS);

describe('rule 2: test and live never mix', () => {
  it('test instruments decide on the test profile whatever the means; live refuses every one of them', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.constantFrom('card' as const, 'wallet' as const, 'sbp' as const, 'ewallet' as const),
        fc.constantFrom(...TEST_PANS, ...LIVE_PANS),
        fc.option(fc.constantFrom<PaymentOutcome>('approved', 'declined', 'timeout'), { nil: undefined }),
        (testProfile, type, pan, testOutcome) => {
          const gateway = emptyGateway();
          const profileId = testProfile ? TEST_PROFILE_ID : LIVE;
          const means: MeansInput =
            type === 'card'
              ? { type, pan }
              : type === 'wallet'
                ? { type, brand: 'GOOGLEPAY', pan }
                : { type, brand: type === 'sbp' ? 'SBP' : 'YOOMONEY' };
          const payment: Partial<PaymentInput> = { means, ...(testOutcome ? { testOutcome } : {}) };
          const { orderstate } = gateway.createPaidOrder(profileId, { payment });
          const carried = type === 'card' || type === 'wallet' ? pan : undefined;
          const testInstrument = (carried !== undefined && carried in TEST_CARDS) || testOutcome !== undefined;
          if (!testProfile) {
            if (testInstrument) expect(orderstate).toBe('Declined');
            else expect(orderstate).toBe('Approved');
            return;
          }
          const expected =
            carried !== undefined ? (TEST_CARDS[carried]?.outcome ?? 'declined') : (testOutcome ?? 'declined');
          expect(orderstate).toBe({ approved: 'Approved', declined: 'Declined', timeout: 'Timeout' }[expected]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('rule 3: «Спасибо» completely', () => {
  it('a part paid with points is its own operation and goes back with the money', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 10_000_000 }),
        fc.integer({ min: 1, max: 99 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { maxLength: 4 }),
        fc.boolean(),
        (amount, pointsPct, cancelPcts, settleFirst) => {
          const gateway = emptyGateway();
          const points = Math.max(1, Math.floor((amount * pointsPct) / 100));
          const created = gateway.createPaidOrder(LIVE, {
            amount: fromMinor(amount),
            payment: { means: { type: 'card', pan: '2200150011112222' }, bonus: true, points },
          });
          const order = record(gateway, LIVE, created.billnumber);
          const pointsPayment = created.operations.find((op) => op.type === OP.bonusPayment);
          expect(pointsPayment).toMatchObject({ state: 'S', amount: fromMinor(points), currency: 'RUB' });
          expect(created.operations[0]!.amount).toBe(fromMinor(amount - points));
          if (settleFirst) gateway.clock.advance(DAY);
          const steps: Step[] = [
            ...cancelPcts.map((pct) => ({ kind: 'cancel' as const, pct })),
            { kind: 'cancel', pct: null },
          ];
          play(gateway, LIVE, order, steps, () => expect(pointsBreaches(order)).toEqual([]));
          expect(order.state).toBe('Canceled');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('points accrued on a hold follow a partial confirmation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 100_000_000 }), fc.integer({ min: 1, max: 99 }), (amount, pct) => {
        const gateway = emptyGateway();
        const held = gateway.createPaidOrder(LIVE, {
          delay: true,
          amount: fromMinor(amount),
          payment: { means: { type: 'card', pan: '2200150011112222' }, bonus: true },
        });
        const accrued = held.operations.find((op) => op.type === OP.bonusAccrual);
        expect(accrued).toBeDefined();
        const confirmed = Math.max(1, Math.floor((amount * pct) / 100));
        gateway.confirm(LIVE, held.billnumber, { amount: fromMinor(confirmed), currency: 'RUB' }, ACCOUNTANT);
        const order = record(gateway, LIVE, held.billnumber);
        const accruedPoints = order.operations.find((op) => op.type === OP.bonusAccrual)!.amount;
        const withdrawn = order.operations
          .filter((op) => op.type === OP.bonusAccrualCancel)
          .reduce((sum, op) => sum + op.amount, 0);
        expect(withdrawn).toBe(share(accruedPoints, amount - confirmed, amount));
      }),
      { numRuns: 200 },
    );
  });
});

describe('rule 4: operations carry their own means and 3-D Secure result; nothing final stays in P', () => {
  it('holds over random histories of schemes, means, outcomes and clock moves', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.constantFrom(...LIVE_PANS, SCHEME_PANS.JCB),
        fc.constantFrom<PaymentOutcome>('approved', 'approved', 'declined', 'timeout'),
        fc.constantFrom('Y' as const, 'A' as const, 'N' as const, null),
        fc.array(step, { maxLength: 8 }),
        (delay, pan, outcome, threeds, steps) => {
          const gateway = emptyGateway();
          const created = gateway.createPaidOrder(LIVE, {
            delay,
            payment: { means: { type: 'card', pan }, outcome, threeds, bonus: pan.startsWith('2200') },
          });
          const order = record(gateway, LIVE, created.billnumber);
          const check = () => {
            expect(operationBreaches(order)).toEqual([]);
            for (const op of gateway.getOrder(LIVE, order.billnumber).operations) {
              expect(op.paymentmeans).toEqual(created.paymentmeans);
              expect(op.threedsresult).toBe(op.type === OP.payment ? threeds : null);
            }
          };
          check();
          play(gateway, LIVE, order, steps, check);
        },
      ),
      { numRuns: 250 },
    );
  });

  it('a payment that never got an answer, or that the buyer abandoned, ends its authorization', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 0, max: 3 * HOUR }), (answered, wait) => {
        const gateway = emptyGateway();
        const created = answered
          ? gateway.createPaidOrder(LIVE, { payment: { outcome: 'timeout' } })
          : gateway.createOrder(LIVE);
        gateway.clock.advance(wait);
        gateway.processDue();
        const order = record(gateway, LIVE, created.billnumber);
        expect(operationBreaches(order)).toEqual([]);
      }),
      { numRuns: 50 },
    );
    expect(TRANSACTION_TYPES).not.toContain('financial_cancel');
  });
});

describe('rule 5: one successful payment per order number', () => {
  it('retries of failed attempts get new billnumbers; a second success is refused with firstcode 11', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<PaymentOutcome>('approved', 'declined', 'timeout'), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (outcomes, testProfile) => {
          const gateway = emptyGateway();
          const profileId = testProfile ? TEST_PROFILE_ID : LIVE;
          const pans = { approved: '4111111111111111', declined: '4000000000000002', timeout: '4000000000000119' };
          const billnumbers: string[] = [];
          let paid = false;
          for (const outcome of outcomes) {
            const payment: Partial<PaymentInput> = testProfile
              ? { means: { type: 'card', pan: pans[outcome] } }
              : { outcome };
            try {
              billnumbers.push(gateway.createPaidOrder(profileId, { ordernumber: 'SHOP-1', payment }).billnumber);
              expect(paid, 'a second success was accepted').toBe(false);
              paid ||= outcome === 'approved';
            } catch (error) {
              if (!isGatewayError(error)) throw error;
              expect(paid).toBe(true);
              expect(error).toMatchObject({ code: 'ordernumber-paid', firstcode: 11 });
            }
          }
          expect(new Set(billnumbers).size).toBe(billnumbers.length);
          expect(ordernumberBreaches(gateway.records(profileId))).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('an attempt left open is refused once another attempt under the number is paid', () => {
    const gateway = emptyGateway();
    const open = gateway.createOrder(LIVE, { ordernumber: 'SHOP-2' });
    gateway.createPaidOrder(LIVE, { ordernumber: 'SHOP-2', createdAt: Date.parse('2026-11-28T08:59:00Z') });
    expect(() => gateway.pay(LIVE, open.billnumber)).toThrow(expect.objectContaining({ firstcode: 11 }));
  });
});

describe('rule 6: the confirmation deadline is one boundary', () => {
  it('confirmability allows an instant exactly when the hold is still there at that instant', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(-1000, -1, 0, 1, 1000), fc.integer({ min: -3000, max: 3000 })), (offset) => {
        const gateway = emptyGateway();
        const held = gateway.createPaidOrder(LIVE, { delay: true });
        const order = record(gateway, LIVE, held.billnumber);
        const at = order.confirmDeadline! + offset;
        const verdict = confirmability(order, at);
        advanceOrder(order, at);
        expect(verdict.ok).toBe(order.state === 'Delayed');
      }),
      { numRuns: 200 },
    );
  });
});

describe('rule 7: the order-type filter and the monitoring period (gateway)', () => {
  it('order type splits the orders into one-stage and two-stage; periods beyond 1.5 years are refused', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 540, max: 560 }),
        (stages, days) => {
          const gateway = emptyGateway();
          for (const delay of stages) gateway.createPaidOrder(LIVE, { delay });
          const query = { page: 1, pageSize: 100, sort: '-orderdate' as const };
          const two = gateway.listOrders(LIVE, { ...query, ordertype: 'two-stage' });
          const one = gateway.listOrders(LIVE, { ...query, ordertype: 'one-stage' });
          expect(two.items.every((item) => item.delay)).toBe(true);
          expect(one.items.every((item) => !item.delay)).toBe(true);
          expect(one.total + two.total).toBe(stages.length);
          const to = Date.parse('2026-11-28T09:00:00Z');
          const from = new Date(to - days * DAY).toISOString();
          try {
            gateway.countOrders(LIVE, { from, to: new Date(to).toISOString() });
            expect(days).toBeLessThanOrEqual(548);
          } catch (error) {
            expect(days).toBeGreaterThan(548);
            expect(error).toMatchObject({ status: 422, code: 'period-too-long', secondcode: 4 });
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
