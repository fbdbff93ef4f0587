import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCIES } from '@/api/common';
import type { OrderSummary } from '@/api/orders';
import { ApiError } from '@/api/problem';
import { checkPartialAmount, toWireAmount } from '@/features/order-actions/model/amount-rules';
import { eligibilityOf } from '@/features/order-actions/model/eligibility';
import { refusalOf } from '@/features/order-actions/model/refusal';
import { totalsByCurrency } from '@/features/order-actions/model/totals-by-currency';
import { msUntilNearest, urgencyOf } from '@/lib/deadline-urgency';

type Source = Pick<OrderSummary, 'orderstate' | 'delay' | 'confirmdeadline' | 'actions'>;
const NOW = new Date('2026-11-28T09:00:00Z');
const none = { confirm: null, cancel: null };

describe('eligibilityOf', () => {
  it('takes the limits the gateway published, in minor units', () => {
    const order: Source = {
      orderstate: 'Delayed',
      delay: true,
      confirmdeadline: '2026-11-30T09:00:00Z',
      actions: {
        confirm: { max: '1500.00', currency: 'RUB', partial: true },
        cancel: { max: '1500.00', currency: 'RUB', partial: false, transaction: 'reversal' },
      },
    };
    expect(eligibilityOf(order, 'confirm', NOW)).toEqual({
      eligible: true,
      limits: { max: 150000n, currency: 'RUB', partial: true, transaction: null },
    });
    expect(eligibilityOf(order, 'cancel', NOW)).toEqual({
      eligible: true,
      limits: { max: 150000n, currency: 'RUB', partial: false, transaction: 'reversal' },
    });
  });

  it.each<[Source['orderstate'], boolean, 'confirm' | 'cancel', string]>([
    ['In Process', false, 'confirm', 'not-paid'],
    ['Declined', false, 'cancel', 'failed'],
    ['Timeout', true, 'confirm', 'failed'],
    ['Approved', false, 'confirm', 'one-stage'],
    ['Approved', true, 'confirm', 'already-confirmed'],
    ['PartialDelayed', true, 'confirm', 'already-confirmed'],
    ['Canceled', true, 'cancel', 'nothing-left'],
    ['Canceled', true, 'confirm', 'nothing-left'],
    ['In Process', false, 'cancel', 'not-paid'],
  ])('explains why a %s order (two-stage %s) cannot take %s: %s', (orderstate, delay, kind, reason) => {
    expect(eligibilityOf({ orderstate, delay, confirmdeadline: null, actions: none }, kind, NOW)).toEqual({
      eligible: false,
      reason,
    });
  });

  it('says the deadline passed for a Delayed order past it', () => {
    const order: Source = {
      orderstate: 'Delayed',
      delay: true,
      confirmdeadline: '2026-11-28T08:00:00Z',
      actions: none,
    };
    expect(eligibilityOf(order, 'confirm', NOW)).toEqual({ eligible: false, reason: 'deadline-passed' });
  });
});

describe('checkPartialAmount', () => {
  const limits = { max: 150000n, currency: 'RUB' as const };
  it.each([
    ['0', 'not-positive'],
    ['0,00', 'not-positive'],
    ['-1', 'negative'],
    ['1500,01', 'exceeds-remaining'],
    ['1 500,001', 'too-many-decimals'],
    ['100 $', 'currency-mismatch'],
    ['сто', 'format'],
    ['', 'empty'],
  ])('refuses %j: %s', (input, error) => {
    expect(checkPartialAmount(input, limits)).toEqual({ ok: false, error });
  });

  it('accepts anything from one kopeck up to the remainder, and nothing above', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 13n }), fc.bigInt({ min: 0n, max: 10n ** 13n }), (max, minor) => {
        const result = checkPartialAmount(toWireAmount(minor, 'RUB'), { max, currency: 'RUB' });
        if (minor === 0n) expect(result).toEqual({ ok: false, error: 'not-positive' });
        else if (minor > max) expect(result).toEqual({ ok: false, error: 'exceeds-remaining' });
        else expect(result).toEqual({ ok: true, minor });
      }),
    );
  });
});

describe('totalsByCurrency', () => {
  it('never adds across currencies, and each total is the exact sum', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ minor: fc.bigInt({ min: 0n, max: 10n ** 13n }), currency: fc.constantFrom(...CURRENCIES) }),
        ),
        (amounts) => {
          const totals = totalsByCurrency(amounts);
          expect(new Set(totals.map((total) => total.currency)).size).toBe(totals.length);
          for (const { currency, minor } of totals) {
            const sum = amounts.filter((a) => a.currency === currency).reduce((acc, a) => acc + a.minor, 0n);
            expect(minor).toBe(sum);
          }
        },
      ),
    );
  });
});

describe('refusalOf', () => {
  it('points amount refusals at the field and marks them stale when the remainder moved', () => {
    const error = new ApiError({ type: 'x', title: 'x', status: 422, code: 'amount-exceeds-remaining' });
    expect(refusalOf(error)).toMatchObject({ code: 'amount-exceeds-remaining', field: 'amount', stale: true });
  });
  it('offers a retry for network failures and 5xx only', () => {
    expect(refusalOf(new ApiError({ type: 'x', title: 'x', status: 0, code: 'network' })).retryable).toBe(true);
    expect(refusalOf(new ApiError({ type: 'x', title: 'x', status: 500 })).retryable).toBe(true);
    expect(refusalOf(new ApiError({ type: 'x', title: 'x', status: 409, code: 'order-closed' }))).toMatchObject({
      retryable: false,
      stale: true,
      code: 'order-closed',
    });
    expect(refusalOf(new ApiError({ type: 'x', title: 'x', status: 403, code: 'forbidden' })).code).toBe('forbidden');
  });
  it('leaves the form to be sent again after the session lapsed, and nothing after a final refusal', () => {
    expect(refusalOf(new ApiError({ type: 'x', title: 'x', status: 401, code: 'unauthenticated' }))).toMatchObject({
      retryable: false,
      final: false,
    });
    expect(refusalOf(new ApiError({ type: 'x', title: 'x', status: 409, code: 'order-closed' })).final).toBe(true);
    expect(refusalOf(new ApiError({ type: 'x', title: 'x', status: 500 })).final).toBe(false);
  });
});

describe('deadline urgency', () => {
  it('marks under a day as urgent and a passed deadline as expired', () => {
    expect(urgencyOf('2026-11-29T08:59:00Z', NOW)).toBe('urgent');
    expect(urgencyOf('2026-11-29T09:00:01Z', NOW)).toBe('normal');
    expect(urgencyOf('2026-11-28T09:00:00Z', NOW)).toBe('expired');
    expect(msUntilNearest(['2026-11-28T08:00:00Z', '2026-11-28T10:00:00Z', null], NOW)).toBe(3_600_000);
  });
});
