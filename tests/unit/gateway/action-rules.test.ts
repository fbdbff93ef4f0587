import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrderSummary } from '@/api/orders';
import { cancellability, confirmability } from '../../../mocks/gateway/action-rules';
import { DAY, HOUR } from '../../../mocks/gateway/clock';
import { TEST_PROFILE_ID } from '../../../mocks/gateway/enterprise';
import { GatewayError, isGatewayError } from '../../../mocks/gateway/errors';
import { createGateway, type ActionResult, type Gateway } from '../../../mocks/gateway/gateway';
import { fromMinor, toMinor } from '../../../mocks/gateway/money';
import { ACCOUNTANT, emptyGateway, LIVE, NEXT_SETTLEMENT, NOW } from './fixtures';

function refusalOf(run: () => unknown): GatewayError {
  try {
    run();
  } catch (error) {
    if (error instanceof GatewayError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const record = (gateway: Gateway, profileId: string, billnumber: string) =>
  gateway.records(profileId).find((order) => order.billnumber === billnumber)!;

describe('confirmability and cancellability (the one source of the action rules)', () => {
  it('offers a held order for confirmation (partial allowed) and for a full release only', () => {
    const gateway = emptyGateway();
    const held = gateway.createPaidOrder(LIVE, { delay: true, amount: '1500.00' });
    expect(held.actions).toEqual({
      confirm: { max: '1500.00', currency: 'RUB', partial: true },
      cancel: { max: '1500.00', currency: 'RUB', partial: false, transaction: 'reversal' },
    });
    expect(held.confirmdeadline).toBe('2026-12-02T09:00:00Z');
  });

  it('switches a paid order from reversal to refund at settlement, and always refunds JCB', () => {
    const gateway = emptyGateway();
    const paid = gateway.createPaidOrder(LIVE, { amount: '1000.00' });
    expect(paid.actions).toEqual({
      confirm: null,
      cancel: { max: '1000.00', currency: 'RUB', partial: true, transaction: 'reversal' },
    });
    const jcb = gateway.createPaidOrder(LIVE, { payment: { means: { type: 'card', pan: '3530111333300000' } } });
    expect(jcb.actions.cancel?.transaction).toBe('refund');
    gateway.clock.set(NEXT_SETTLEMENT);
    expect(gateway.getOrder(LIVE, paid.billnumber).actions.cancel?.transaction).toBe('refund');
  });

  it('refuses with a distinct code per reason', () => {
    const gateway = emptyGateway();
    const at = Date.parse(NOW);
    const paid = gateway.createPaidOrder(LIVE);
    const verdict = confirmability(record(gateway, LIVE, paid.billnumber), at);
    expect(verdict.ok || verdict.refusal.code).toBe('not-confirmable');

    const open = gateway.createOrder(LIVE);
    const cancel = cancellability(record(gateway, LIVE, open.billnumber));
    expect(cancel.ok || cancel.refusal.code).toBe('not-cancellable');

    const declined = gateway.createPaidOrder(LIVE, { payment: { outcome: 'declined' } });
    const closed = cancellability(record(gateway, LIVE, declined.billnumber));
    expect(closed.ok || closed.refusal).toMatchObject({ code: 'order-closed', status: 409, firstcode: 15 });
    expect(declined.actions).toEqual({ confirm: null, cancel: null });

    const held = gateway.createPaidOrder(LIVE, { delay: true });
    const late = confirmability(record(gateway, LIVE, held.billnumber), at + 4 * DAY + 1);
    expect(late.ok || late.refusal).toMatchObject({ code: 'deadline-passed', status: 409, firstcode: 16 });
    // After the deadline the hold is released by "system"; confirming still says why.
    gateway.clock.advance(4 * DAY);
    expect(refusalOf(() => gateway.confirm(LIVE, held.billnumber, {}, ACCOUNTANT)).code).toBe('deadline-passed');
  });

  it('gives the confirm and cancel refusals their codes, statuses and fields', () => {
    const gateway = emptyGateway();
    const held = gateway.createPaidOrder(LIVE, { delay: true, amount: '1500.00' });
    expect(
      refusalOf(() => gateway.cancel(LIVE, held.billnumber, { amount: '100.00', currency: 'RUB' }, ACCOUNTANT)),
    ).toMatchObject({ code: 'partial-not-allowed', status: 409 });
    expect(
      refusalOf(() => gateway.confirm(LIVE, held.billnumber, { amount: '1500.01', currency: 'RUB' }, ACCOUNTANT)),
    ).toMatchObject({
      code: 'amount-exceeds-remaining',
      status: 422,
      field: 'amount',
      message: expect.stringContaining('1500.00 RUB'),
    });
    expect(
      refusalOf(() => gateway.confirm(LIVE, held.billnumber, { amount: '0', currency: 'RUB' }, ACCOUNTANT)),
    ).toMatchObject({ code: 'amount-not-positive', status: 422, field: 'amount' });
    expect(
      refusalOf(() => gateway.confirm(LIVE, held.billnumber, { amount: '10.00', currency: 'EUR' }, ACCOUNTANT)),
    ).toMatchObject({
      code: 'currency-mismatch',
      status: 422,
      field: 'currency',
      message: expect.stringContaining('RUB'),
    });
    expect(refusalOf(() => gateway.confirm(LIVE, held.billnumber, { amount: '10.00' }, ACCOUNTANT))).toMatchObject({
      code: 'amount-currency-together',
      status: 422,
    });
    gateway.confirm(LIVE, held.billnumber, {}, ACCOUNTANT, 'key-00001');
    expect(
      refusalOf(() =>
        gateway.confirm(LIVE, held.billnumber, { amount: '1.00', currency: 'RUB' }, ACCOUNTANT, 'key-00001'),
      ),
    ).toMatchObject({ code: 'idempotency-key-reused', status: 409, firstcode: 11 });
    expect(refusalOf(() => gateway.confirm(LIVE, held.billnumber, {}, ACCOUNTANT))).toMatchObject({
      code: 'not-confirmable',
      message: 'Заказ уже подтверждён',
    });
  });
});

describe('the audit log', () => {
  it('records applied, replayed and refused money actions with user, IP, key and operations', () => {
    const gateway = emptyGateway();
    const held = gateway.createPaidOrder(LIVE, { delay: true, amount: '800.00' });
    const actor = { user: 'accountant', ip: '203.0.113.7' };
    gateway.confirm(LIVE, held.billnumber, { amount: '500.00', currency: 'RUB' }, actor, 'dialog-0001');
    gateway.confirm(LIVE, held.billnumber, { amount: '500', currency: 'RUB' }, actor, 'dialog-0001');
    refusalOf(() => gateway.cancel(LIVE, held.billnumber, { amount: '900.00', currency: 'RUB' }, actor, 'dialog-0002'));
    expect(gateway.audit(LIVE)).toEqual([
      {
        at: NOW,
        user: 'accountant',
        ip: '203.0.113.7',
        profileId: LIVE,
        billnumber: held.billnumber,
        action: 'confirm',
        amount: '500.00',
        currency: 'RUB',
        idempotencyKey: 'dialog-0001',
        outcome: 'applied',
        code: null,
        operations: [`${held.billnumber}.2`],
      },
      expect.objectContaining({ outcome: 'replayed', operations: [] }),
      expect.objectContaining({
        action: 'cancel',
        outcome: 'refused',
        code: 'amount-exceeds-remaining',
        amount: '900.00',
      }),
    ]);
    expect(gateway.audit(TEST_PROFILE_ID)).toEqual([]);
    // Copies: a reader cannot rewrite history.
    gateway.audit(LIVE)[0]!.operations.push('x');
    expect(gateway.audit(LIVE)[0]!.operations).toHaveLength(1);
  });
});

type Step = { kind: 'confirm' | 'cancel'; pick: number; share: number } | { kind: 'advance'; ms: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constantFrom('confirm' as const, 'cancel' as const),
      pick: fc.nat(),
      share: fc.integer({ min: 1, max: 100 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 3 * DAY }) }),
  },
);

function attempt(run: () => ActionResult): { ok: true; result: ActionResult } | { ok: false; code: string } {
  try {
    return { ok: true, result: run() };
  } catch (error) {
    if (!isGatewayError(error)) throw error;
    return { ok: false, code: error.code };
  }
}

describe('actions in the summary agree with what confirm and cancel accept (property)', () => {
  it('null ⇒ refused; otherwise max (or a part, when partial) is accepted with the announced transaction', () => {
    const seen = { confirm: 0, cancel: 0, refused: 0, refund: 0 };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(step, { minLength: 1, maxLength: 25 }), (seed, steps) => {
        const gateway = createGateway({
          seed,
          liveOrders: 120,
          testOrders: 30,
          now: NOW,
          settlement: { mode: 'delay', ms: 12 * HOUR },
        });
        // Fresh orders of every kind, plus the newest seeded ones (recent holds, partial refunds…).
        const fresh = [
          gateway.createPaidOrder(LIVE, { delay: true, amount: '1500.00' }),
          gateway.createPaidOrder(LIVE, { delay: true, currency: 'USD', amount: '20.00' }),
          gateway.createPaidOrder(TEST_PROFILE_ID, {
            delay: true,
            payment: { means: { type: 'card', pan: '2200000000000004' } },
          }),
          gateway.createPaidOrder(LIVE, { amount: '700.00' }),
          gateway.createPaidOrder(LIVE, { payment: { means: { type: 'card', pan: '3530111333300000' } } }),
          gateway.createPaidOrder(LIVE, { payment: { outcome: 'declined' } }),
          gateway.createOrder(LIVE),
        ].map((detail) => ({ profileId: detail.testmode ? TEST_PROFILE_ID : LIVE, billnumber: detail.billnumber }));
        const orders = [...fresh, ...gateway.records(LIVE).slice(-15), ...gateway.records(TEST_PROFILE_ID).slice(-5)];
        for (const s of steps) {
          if (s.kind === 'advance') {
            gateway.clock.advance(s.ms);
            continue;
          }
          const order = orders[s.pick % orders.length]!;
          const summary: OrderSummary = gateway.getOrder(order.profileId, order.billnumber);
          const offer = summary.actions[s.kind];
          const partial = offer !== null && offer.partial && s.share < 100;
          const amount =
            offer === null
              ? undefined
              : partial
                ? Math.max(1, Math.floor((toMinor(offer.max) * s.share) / 100))
                : toMinor(offer.max);
          const request =
            amount === undefined || offer === null ? {} : { amount: fromMinor(amount), currency: offer.currency };
          const outcome = attempt(() =>
            s.kind === 'confirm'
              ? gateway.confirm(order.profileId, order.billnumber, request, ACCOUNTANT)
              : gateway.cancel(order.profileId, order.billnumber, request, ACCOUNTANT),
          );
          if (offer === null) {
            expect(outcome.ok, `${s.kind} ${summary.orderstate} should be refused`).toBe(false);
            seen.refused += 1;
            continue;
          }
          seen[s.kind] += 1;
          expect(
            outcome.ok ? 'accepted' : outcome.code,
            `${s.kind} ${summary.orderstate} ${JSON.stringify(offer)}`,
          ).toBe('accepted');
          if (outcome.ok && s.kind === 'cancel' && 'transaction' in offer) {
            const cancel = outcome.result.operations[0]!;
            // A refund on a refund-only scheme before settlement is created now and sent with it.
            const sent = cancel.state === 'N' ? 'refund' : cancel.transactions.at(-1)!.type;
            expect(sent).toBe(offer.transaction);
            if (offer.transaction === 'refund') seen.refund += 1;
          }
        }
      }),
      { numRuns: 60 },
    );
    // The property means something only if every branch was taken.
    for (const [branch, count] of Object.entries(seen)) expect(count, branch).toBeGreaterThan(0);
  });
});
