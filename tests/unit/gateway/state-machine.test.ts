import { describe, expect, it } from 'vitest';
import { OrderDetail } from '@/api/orders';
import { DAY, MINUTE } from '../../../mocks/gateway/clock';
import { TEST_PROFILE_ID } from '../../../mocks/gateway/enterprise';
import { GatewayError } from '../../../mocks/gateway/errors';
import { ACCOUNTANT, emptyGateway, LIVE, NEXT_SETTLEMENT, NOW } from './fixtures';

function gatewayError(run: () => unknown): GatewayError {
  try {
    run();
  } catch (error) {
    if (error instanceof GatewayError) return error;
    throw error;
  }
  throw new Error('expected a GatewayError');
}

describe('one-stage payment', () => {
  it('is Approved, authorized only, and settled at 00:00 Moscow time', () => {
    const gateway = emptyGateway();
    const paid = gateway.createPaidOrder(LIVE, { amount: '1500.00' });
    // The view passes the contract unchanged: nothing stripped, nothing coerced.
    expect(OrderDetail.parse(paid)).toEqual(paid);
    expect(paid.orderstate).toBe('Approved');
    expect(paid.settled).toBe(false);
    expect(paid.operations).toHaveLength(1);
    expect(paid.operations[0]).toMatchObject({ type: '100', state: 'S', responsecode: 'AS000', amount: '1500.00' });
    expect(paid.operations[0]!.transactions.map((tx) => tx.type)).toEqual(['authorization']);
    expect(paid.totals).toEqual({ authorized: '1500.00', charged: '1500.00', canceled: '0.00', remaining: '1500.00' });

    gateway.clock.set(NEXT_SETTLEMENT - 1000);
    expect(gateway.getOrder(LIVE, paid.billnumber).settled).toBe(false);
    gateway.clock.set(NEXT_SETTLEMENT);
    const settled = gateway.getOrder(LIVE, paid.billnumber);
    expect(settled.settled).toBe(true);
    const financial = settled.operations[0]!.transactions[1]!;
    expect(financial).toMatchObject({ type: 'financial', amount: '1500.00', date: '2026-11-28T21:00:00Z' });
    expect(settled.operations[0]!.arn).toMatch(/^\d{23}$/);
  });

  it('cancels in full before settlement with a reversal, and nothing is settled afterwards', () => {
    const gateway = emptyGateway();
    const paid = gateway.createPaidOrder(LIVE, { amount: '100.00' });
    const result = gateway.cancel(LIVE, paid.billnumber, { reason: 2 }, ACCOUNTANT);
    expect(result.order.orderstate).toBe('Canceled');
    expect(result.operations).toHaveLength(1);
    expect(result.operations[0]).toMatchObject({ type: '300', reason: 2, user: 'accountant', amount: '100.00' });
    expect(result.operations[0]!.transactions[0]!.type).toBe('reversal');
    expect(result.order.cancelcount).toBe(1);
    gateway.clock.advance(2 * DAY);
    expect(gateway.getOrder(LIVE, paid.billnumber).settled).toBe(false);
  });

  it('refunds after settlement, partially and several times, up to the settled total', () => {
    const gateway = emptyGateway();
    const paid = gateway.createPaidOrder(LIVE, { amount: '1000.00' });
    gateway.clock.set(NEXT_SETTLEMENT + MINUTE);
    const first = gateway.cancel(LIVE, paid.billnumber, { amount: '300.00', currency: 'RUB' }, ACCOUNTANT);
    expect(first.order.orderstate).toBe('PartialCanceled');
    expect(first.operations[0]!.transactions[0]!.type).toBe('refund');
    expect(first.order.totals.remaining).toBe('700.00');

    const over = gatewayError(() =>
      gateway.cancel(LIVE, paid.billnumber, { amount: '700.01', currency: 'RUB' }, ACCOUNTANT),
    );
    expect(over).toMatchObject({ status: 422, firstcode: 5, secondcode: 108, field: 'amount' });

    gateway.cancel(LIVE, paid.billnumber, { amount: '200.00', currency: 'RUB' }, ACCOUNTANT);
    const last = gateway.cancel(LIVE, paid.billnumber, { amount: '500.00', currency: 'RUB' }, ACCOUNTANT);
    expect(last.order.orderstate).toBe('Canceled');
    expect(last.order.cancelcount).toBe(3);
    expect(last.order.totals).toMatchObject({ canceled: '1000.00', remaining: '0.00' });

    const closed = gatewayError(() => gateway.cancel(LIVE, paid.billnumber, {}, ACCOUNTANT));
    expect(closed).toMatchObject({ status: 409, firstcode: 15, secondcode: 201 });
  });

  it('settles only the remainder after a partial cancel before settlement', () => {
    const gateway = emptyGateway();
    const paid = gateway.createPaidOrder(LIVE, { amount: '1000.00' });
    const partial = gateway.cancel(LIVE, paid.billnumber, { amount: '250.00', currency: 'RUB' }, ACCOUNTANT);
    expect(partial.operations[0]!.transactions[0]!.type).toBe('reversal');
    gateway.clock.set(NEXT_SETTLEMENT);
    const order = gateway.getOrder(LIVE, paid.billnumber);
    expect(order.operations[0]!.transactions.find((tx) => tx.type === 'financial')?.amount).toBe('750.00');
  });

  it('always refunds on refund-only schemes (JCB, AMEX)', () => {
    const gateway = emptyGateway();
    const paid = gateway.createPaidOrder(LIVE, { payment: { means: { type: 'card', pan: '3530111333300000' } } });
    expect(paid.paymentmeans?.brand).toBe('JCB');
    const result = gateway.cancel(LIVE, paid.billnumber, {}, ACCOUNTANT);
    // No reversal, and no settlement out of schedule: the refund waits for the day's settlement.
    expect(result.operations[0]).toMatchObject({ state: 'N', transactions: [] });
    expect(result.order).toMatchObject({ orderstate: 'Canceled', settled: false });
    gateway.clock.set(NEXT_SETTLEMENT);
    const settled = gateway.getOrder(LIVE, paid.billnumber);
    const [payment, cancel] = settled.operations;
    expect(payment!.transactions.map((tx) => [tx.type, tx.amount, tx.date])).toEqual([
      ['authorization', '1000.00', paid.orderdate],
      ['financial', '1000.00', '2026-11-28T21:00:00Z'],
    ]);
    expect(cancel).toMatchObject({ state: 'S', enddate: '2026-11-28T21:00:00Z', responsecode: 'AS000' });
    expect(cancel!.transactions.map((tx) => [tx.type, tx.amount, tx.state])).toEqual([['refund', '1000.00', 'S']]);
  });

  it('checks amount and currency of a partial cancel', () => {
    const gateway = emptyGateway();
    const paid = gateway.createPaidOrder(LIVE, { amount: '100.00' });
    expect(
      gatewayError(() => gateway.cancel(LIVE, paid.billnumber, { amount: '10.00', currency: 'USD' }, ACCOUNTANT)),
    ).toMatchObject({
      status: 422,
      secondcode: 105,
      field: 'currency',
    });
    expect(gatewayError(() => gateway.cancel(LIVE, paid.billnumber, { amount: '10.00' }, ACCOUNTANT))).toMatchObject({
      status: 422,
      firstcode: 3,
      field: 'currency',
    });
    expect(
      gatewayError(() => gateway.cancel(LIVE, paid.billnumber, { amount: '0.00', currency: 'RUB' }, ACCOUNTANT)),
    ).toMatchObject({
      status: 422,
      secondcode: 108,
    });
    expect(
      gatewayError(() => gateway.cancel(LIVE, paid.billnumber, { amount: '1.5.0', currency: 'RUB' }, ACCOUNTANT))
        .status,
    ).toBe(422);
  });
});

describe('two-stage payment', () => {
  it('holds funds as Delayed with a deadline 4 days after authorization', () => {
    const gateway = emptyGateway();
    const held = gateway.createPaidOrder(LIVE, { delay: true, amount: '2000.00' });
    expect(held.orderstate).toBe('Delayed');
    expect(held.confirmdeadline).toBe('2026-12-02T09:00:00Z');
    expect(held.totals).toMatchObject({ authorized: '2000.00', charged: '0.00', remaining: '2000.00' });
    gateway.clock.advance(2 * DAY);
    expect(gateway.getOrder(LIVE, held.billnumber).settled).toBe(false);
  });

  it('confirms in full once: Approved, then settled; a second confirmation is refused', () => {
    const gateway = emptyGateway();
    const held = gateway.createPaidOrder(LIVE, { delay: true, amount: '2000.00' });
    const confirmed = gateway.confirm(LIVE, held.billnumber, {}, ACCOUNTANT);
    expect(confirmed.order.orderstate).toBe('Approved');
    expect(confirmed.order.confirmdeadline).toBeNull();
    expect(confirmed.operations[0]).toMatchObject({ type: '200', amount: '2000.00', user: 'accountant' });
    expect(gatewayError(() => gateway.confirm(LIVE, held.billnumber, {}, ACCOUNTANT))).toMatchObject({
      status: 409,
      firstcode: 15,
    });
    gateway.clock.set(NEXT_SETTLEMENT);
    const settled = gateway.getOrder(LIVE, held.billnumber);
    expect(settled.settled).toBe(true);
    expect(settled.operations[1]!.transactions.at(-1)).toMatchObject({ type: 'financial', amount: '2000.00' });
  });

  it('confirms partially: PartialDelayed, the rest of the hold released at once', () => {
    const gateway = emptyGateway();
    const held = gateway.createPaidOrder(LIVE, { delay: true, amount: '2000.00' });
    const result = gateway.confirm(LIVE, held.billnumber, { amount: '1500.00', currency: 'RUB' }, ACCOUNTANT);
    expect(result.order.orderstate).toBe('PartialDelayed');
    expect(result.operations[0]!.transactions).toEqual([
      expect.objectContaining({ type: 'reversal', amount: '500.00' }),
    ]);
    expect(result.order.totals).toMatchObject({ authorized: '2000.00', charged: '1500.00', remaining: '1500.00' });
    const refund = gateway.cancel(LIVE, held.billnumber, { amount: '1500.00', currency: 'RUB' }, ACCOUNTANT);
    expect(refund.order.orderstate).toBe('Canceled');
  });

  it('refuses a partial cancel before confirmation but reverses the whole hold', () => {
    const gateway = emptyGateway();
    const held = gateway.createPaidOrder(LIVE, { delay: true, amount: '2000.00' });
    expect(
      gatewayError(() => gateway.cancel(LIVE, held.billnumber, { amount: '100.00', currency: 'RUB' }, ACCOUNTANT)),
    ).toMatchObject({
      status: 409,
      firstcode: 15,
      secondcode: 108,
    });
    const reversed = gateway.cancel(LIVE, held.billnumber, { reason: 3 }, ACCOUNTANT);
    expect(reversed.order.orderstate).toBe('Canceled');
    expect(reversed.operations[0]!.transactions[0]!.type).toBe('reversal');
  });

  it('reverses an unconfirmed hold by "system" exactly at the deadline', () => {
    const gateway = emptyGateway();
    const held = gateway.createPaidOrder(LIVE, { delay: true });
    gateway.clock.advance(4 * DAY - 1000);
    expect(gateway.getOrder(LIVE, held.billnumber).orderstate).toBe('Delayed');
    gateway.clock.advance(2000);
    const expired = gateway.getOrder(LIVE, held.billnumber);
    expect(expired.orderstate).toBe('Canceled');
    expect(expired.operations.at(-1)).toMatchObject({ type: '300', user: 'system', startdate: '2026-12-02T09:00:00Z' });
    expect(gatewayError(() => gateway.confirm(LIVE, held.billnumber, {}, ACCOUNTANT)).status).toBe(409);
  });

  it('needs no confirmation for a one-stage payment', () => {
    const gateway = emptyGateway();
    const paid = gateway.createPaidOrder(LIVE);
    expect(gatewayError(() => gateway.confirm(LIVE, paid.billnumber, {}, ACCOUNTANT)).status).toBe(409);
  });
});

describe('payment outcomes and test cards', () => {
  const card = (pan: string) => ({ payment: { means: { type: 'card' as const, pan } } });

  it('follows the test cards on the test profile', () => {
    const gateway = emptyGateway();
    expect(gateway.createPaidOrder(TEST_PROFILE_ID, card('4111111111111111'))).toMatchObject({
      orderstate: 'Approved',
      testmode: true,
    });
    const declined = gateway.createPaidOrder(TEST_PROFILE_ID, card('4000000000000002'));
    expect(declined.orderstate).toBe('Declined');
    expect(declined.operations[0]).toMatchObject({ state: 'F', responsecode: 'AS102' });
    expect(gateway.createPaidOrder(TEST_PROFILE_ID, card('4000000000003220'))).toMatchObject({
      orderstate: 'Approved',
      threedsresult: 'Y',
    });
    expect(gateway.createPaidOrder(TEST_PROFILE_ID, card('4000000000000119')).orderstate).toBe('Timeout');
    expect(gateway.createPaidOrder(TEST_PROFILE_ID, card('5555555555554444')).orderstate).toBe('Declined');
  });

  it('never accepts a test card on the live profile', () => {
    const gateway = emptyGateway();
    const order = gateway.createPaidOrder(LIVE, card('4111111111111111'));
    expect(order).toMatchObject({ orderstate: 'Declined', testmode: false });
    expect(order.operations[0]!.responsecode).toBe('AS109');
  });

  it('follows the requested outcome on the live profile', () => {
    const gateway = emptyGateway();
    expect(
      gateway.createPaidOrder(LIVE, { payment: { outcome: 'declined', decline: 'AS105' } }).operations[0]!.responsecode,
    ).toBe('AS105');
    expect(gateway.createPaidOrder(LIVE, { payment: { outcome: 'timeout' } }).orderstate).toBe('Timeout');
  });

  it('accrues "Спасибо" points and cancels them with the order, one result per operation', () => {
    const gateway = emptyGateway();
    const order = gateway.createPaidOrder(TEST_PROFILE_ID, { amount: '5000.00', ...card('2200000000000004') });
    expect(order.operations.map((op) => op.type)).toEqual(['100', '500']);
    expect(order.operations[1]!.amount).toBe('50.00');
    const result = gateway.cancel(TEST_PROFILE_ID, order.billnumber, {}, ACCOUNTANT);
    expect(result.operations.map((op) => [op.type, op.state, op.amount])).toEqual([
      ['300', 'S', '5000.00'],
      ['510', 'S', '50.00'],
    ]);
    expect(result.order.orderstate).toBe('Canceled');
  });

  it('closes an unpaid order by timeout when the payment page gives up', () => {
    const gateway = emptyGateway();
    const order = gateway.createOrder(LIVE);
    expect(order.orderstate).toBe('In Process');
    gateway.clock.advance(21 * MINUTE);
    expect(gateway.getOrder(LIVE, order.billnumber).orderstate).toBe('Timeout');
  });

  it('refuses any action on a failed order', () => {
    const gateway = emptyGateway();
    const declined = gateway.createPaidOrder(LIVE, { payment: { outcome: 'declined' } });
    expect(gatewayError(() => gateway.cancel(LIVE, declined.billnumber, {}, ACCOUNTANT))).toMatchObject({
      status: 409,
      firstcode: 15,
    });
  });
});

describe('idempotency, profiles and settlement policy', () => {
  it('returns the first result for a repeated key and never charges twice', () => {
    const gateway = emptyGateway();
    const held = gateway.createPaidOrder(LIVE, { delay: true });
    const first = gateway.confirm(LIVE, held.billnumber, {}, ACCOUNTANT, 'key-1');
    const again = gateway.confirm(LIVE, held.billnumber, {}, ACCOUNTANT, 'key-1');
    expect(again).toEqual(first);
    expect(gateway.getOrder(LIVE, held.billnumber).operations.filter((op) => op.type === '200')).toHaveLength(1);
    const paid = gateway.createPaidOrder(LIVE);
    gateway.cancel(LIVE, paid.billnumber, { amount: '1.00', currency: 'RUB' }, ACCOUNTANT, 'key-2');
    expect(
      gatewayError(() =>
        gateway.cancel(LIVE, paid.billnumber, { amount: '2.00', currency: 'RUB' }, ACCOUNTANT, 'key-2'),
      ),
    ).toMatchObject({
      status: 409,
      firstcode: 11,
    });
  });

  it('keeps test and live orders apart', () => {
    const gateway = emptyGateway();
    const live = gateway.createPaidOrder(LIVE);
    expect(gatewayError(() => gateway.getOrder(TEST_PROFILE_ID, live.billnumber))).toMatchObject({
      status: 404,
      firstcode: 10,
    });
    expect(gatewayError(() => gateway.getOrder('123', live.billnumber)).status).toBe(404);
    expect(live.billnumber.startsWith(LIVE)).toBe(true);
  });

  it('settles after a configurable delay', () => {
    const gateway = emptyGateway({ settlement: { mode: 'delay', ms: 5 * MINUTE } });
    const paid = gateway.createPaidOrder(LIVE);
    gateway.clock.advance(5 * MINUTE);
    expect(gateway.getOrder(LIVE, paid.billnumber).settled).toBe(true);
    expect(Date.parse(NOW) + 5 * MINUTE).toBeLessThan(NEXT_SETTLEMENT);
  });
});
