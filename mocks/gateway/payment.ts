import type { Currency } from '@/api/common';
import type { Brand, MeansType, PaymentMeans, ThreeDsResult } from '@/api/orders';
import { DAY } from './clock';
import { approvalCode } from './codes';
import { GatewayError, illegalState } from './errors';
import { convert, share, type Minor } from './money';
import { OP, type OperationRecord, type OrderRecord } from './model';
import { appendOperation, extendedBillnumber, refreshState, SUCCESS_CODE } from './operations';
import { isRefundOnly } from './refund-only';
import type { DomainRules } from './settlement';
import {
  brandOfPan,
  DECLINES,
  isTestCard,
  maskPan,
  TEST_CARDS,
  type DeclineCode,
  type PaymentOutcome,
} from './test-cards';

/** Two-stage payments must be confirmed within this time of authorization (docs/domain.md §3). */
export const CONFIRM_WINDOW = 4 * DAY;

/** "Спасибо" accrues points worth this share of the card payment (per mille). */
const BONUS_PER_MILLE = 10;

export interface MeansInput {
  type: MeansType;
  /** Cards: the full number the buyer typed (only its mask is kept). Wallets may carry one too. */
  pan?: string;
  /** Required for non-card means; for cards derived from the number. */
  brand?: Brand;
  cardholder?: string | null;
  bank?: string | null;
  country?: string | null;
}

export interface PaymentInput {
  means: MeansInput;
  /** Payment currency and conversion rate when the buyer pays in another currency. */
  currency?: Currency;
  rate?: string | null;
  /** Live profile: what the processing centre answers (test instruments decide on the test profile). */
  outcome?: PaymentOutcome;
  decline?: DeclineCode;
  /**
   * Test profile, a means without a card (SBP, e-wallet): the result picked on the test payment
   * page, the non-card counterpart of a test card. A live profile refuses it like a test card.
   */
  testOutcome?: PaymentOutcome;
  threeds?: ThreeDsResult | null;
  processing?: string | null;
  ip?: string | null;
  /** Live profile: the card belongs to a "Спасибо" participant. */
  bonus?: boolean;
  /**
   * "Спасибо" points the buyer spends on part of the price (minor units of RUB): a participant's
   * card, one-stage, paid in roubles without conversion, less than the whole amount.
   */
  points?: Minor;
}

function meansOf(input: MeansInput): PaymentMeans {
  const brand = input.brand ?? (input.pan ? brandOfPan(input.pan) : undefined);
  if (!brand) throw new RangeError('payment means need a brand or a card number');
  return {
    type: input.type,
    brand,
    cardnumber: input.pan ? maskPan(input.pan) : null,
    cardholder: input.cardholder ?? null,
    bank: input.bank ?? null,
    country: input.country ?? null,
  };
}

/** Points spent on the order, checked against what the "Спасибо" programme allows (docs/domain.md §10). */
function pointsOf(order: OrderRecord, input: PaymentInput, currency: Currency): Minor {
  const points = input.points ?? 0;
  if (points === 0) return 0;
  if (!Number.isSafeInteger(points) || points < 0 || points >= order.orderamount) {
    throw new RangeError('points pay a part of the price: more than 0, less than the whole');
  }
  if (order.delay || currency !== 'RUB' || order.ordercurrency !== 'RUB') {
    throw new RangeError('points pay one-stage rouble payments only');
  }
  return points;
}

function paymentOp(order: OrderRecord): OperationRecord | undefined {
  return order.operations.find((op) => op.type === OP.payment);
}

/** The buyer picked a means and submitted: payment operation and authorization are in flight. */
export function startPayment(order: OrderRecord, input: PaymentInput, at: number): OperationRecord {
  if (order.state !== 'In Process' || paymentOp(order)) {
    throw new GatewayError(
      illegalState('payment-not-pending', `Заказ ${order.billnumber} уже оплачивается или закрыт`),
    );
  }
  const currency = input.currency ?? order.ordercurrency;
  const rate = currency === order.ordercurrency ? null : (input.rate ?? null);
  if (currency !== order.ordercurrency && rate === null) throw new RangeError('a conversion needs a rate');
  const points = pointsOf(order, input, currency);
  const amount = (rate === null ? order.orderamount : convert(order.orderamount, rate)) - points;
  order.means = meansOf(input.means);
  order.amount = amount;
  order.currency = currency;
  order.rate = rate;
  order.processing = input.processing ?? null;
  order.threeds = input.threeds ?? null;
  const op = appendOperation(order, {
    type: OP.payment,
    state: 'P',
    amount,
    currency,
    at,
    ip: input.ip ?? null,
    threeds: order.threeds,
    transaction: { type: 'authorization', state: 'P' },
  });
  refreshState(order);
  return op;
}

export interface Completion {
  outcome: PaymentOutcome;
  decline?: DeclineCode;
  bonus?: boolean;
  /** Points the buyer spends besides the card: a points payment operation on success. */
  points?: Minor;
}

/** The processing centre answered (or did not, in time). */
export function completePayment(order: OrderRecord, completion: Completion, at: number, rules: DomainRules): void {
  const op = paymentOp(order);
  if (!op || op.state !== 'P') {
    throw new GatewayError(
      illegalState('payment-not-pending', `Платёж по заказу ${order.billnumber} не ожидает ответа`),
    );
  }
  const authorization = op.transactions[0];
  op.end = at;
  order.paymentTimeoutAt = null;
  if (completion.outcome === 'approved') {
    op.state = 'S';
    op.responsecode = SUCCESS_CODE;
    op.approvalcode = approvalCode(extendedBillnumber(order, op));
    if (authorization) authorization.state = 'S';
    // The window runs from the authorization, i.e. the processing centre's answer, not the request.
    if (order.delay) order.confirmDeadline = at + CONFIRM_WINDOW;
    else order.settleDueAt = rules.nextSettlement(at);
    if (completion.points) payWithPoints(order, completion.points, at);
    if (completion.bonus) accrueBonus(order, op, at);
  } else if (completion.outcome === 'declined') {
    const code = completion.decline ?? 'AS100';
    op.state = 'F';
    op.responsecode = code;
    op.message = DECLINES[code];
    if (authorization) authorization.state = 'F';
  } else {
    op.state = 'T';
    op.message = 'Нет ответа процессингового центра';
    // No answer is a final answer: the authorization is not left "sent" for ever.
    if (authorization) authorization.state = 'F';
  }
  refreshState(order);
}

function payWithPoints(order: OrderRecord, points: Minor, at: number): void {
  appendOperation(order, {
    type: OP.bonusPayment,
    state: 'S',
    amount: points,
    currency: 'RUB',
    at,
    message: 'Оплата баллами «Спасибо»',
  });
}

function accrueBonus(order: OrderRecord, payment: OperationRecord, at: number): void {
  const points: Minor = share(payment.amount, BONUS_PER_MILLE, 1000);
  if (points <= 0) return;
  appendOperation(order, {
    type: OP.bonusAccrual,
    state: 'S',
    amount: points,
    currency: payment.currency,
    at,
    message: 'Начисление бонусов «Спасибо»',
  });
}

/**
 * Decides the processing centre's answer. The test profile reaches no processing: a test card
 * decides, whatever means carries it (a wallet token too), and a means without a card needs an
 * explicit test outcome; anything else is refused. The live profile refuses every test
 * instrument. Two-stage is not offered on refund-only schemes (docs/domain.md §10).
 */
export function outcomeFor(order: OrderRecord, input: PaymentInput): Completion {
  const completion = order.testmode ? testOutcome(input) : liveOutcome(input);
  if (completion.outcome === 'approved' && order.delay && isRefundOnly(meansOf(input.means))) {
    return { outcome: 'declined', decline: 'AS111' };
  }
  if (input.points && !completion.bonus) throw new RangeError('points need a "Спасибо" participant card');
  return completion.outcome === 'approved' && input.points ? { ...completion, points: input.points } : completion;
}

const TEST_ONLY: Completion = { outcome: 'declined', decline: 'AS110' };

function testOutcome(input: PaymentInput): Completion {
  const pan = input.means.pan;
  if (pan !== undefined) {
    const card = TEST_CARDS[pan];
    return card ? { outcome: card.outcome, decline: card.decline, bonus: card.bonus } : TEST_ONLY;
  }
  if (input.testOutcome === undefined) return TEST_ONLY;
  return { outcome: input.testOutcome, decline: input.testOutcome === 'declined' ? 'AS100' : undefined };
}

function liveOutcome(input: PaymentInput): Completion {
  const pan = input.means.pan;
  if ((pan !== undefined && isTestCard(pan)) || input.testOutcome !== undefined) {
    return { outcome: 'declined', decline: 'AS109' };
  }
  return { outcome: input.outcome ?? 'approved', decline: input.decline, bonus: input.bonus };
}

/** Start and finish a payment: what the buyer's visit to the payment page amounts to. */
export function pay(order: OrderRecord, input: PaymentInput, at: number, finishedAt: number, rules: DomainRules): void {
  const pan = input.means.pan;
  const testCard = order.testmode && pan !== undefined ? TEST_CARDS[pan] : undefined;
  const completion = outcomeFor(order, input);
  startPayment(order, { ...input, threeds: input.threeds ?? testCard?.threeds ?? null }, at);
  completePayment(order, completion, finishedAt, rules);
}

/** The payment page gave up on the buyer: the order closes by timeout. */
export function expirePayment(order: OrderRecord, at: number): void {
  if (order.state !== 'In Process') return;
  const op = paymentOp(order);
  order.paymentTimeoutAt = null;
  if (op) {
    op.state = 'T';
    op.end = at;
    op.message = 'Время ожидания оплаты истекло';
    for (const transaction of op.transactions) if (transaction.state === 'P') transaction.state = 'F';
  } else {
    appendOperation(order, {
      type: OP.payment,
      state: 'T',
      amount: order.orderamount,
      currency: order.ordercurrency,
      at,
      end: at,
      message: 'Покупатель не завершил оплату',
    });
  }
  refreshState(order);
}
