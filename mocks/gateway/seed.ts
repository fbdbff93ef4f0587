import type { Currency } from '@/api/common';
import { MAX_PERIOD_DAYS, type Customer } from '@/api/orders';
import { advanceOrder } from './advance';
import { DAY, MINUTE } from './clock';
import type { OrderRecord } from './model';
import { createOrderRecord } from './order-factory';
import { addOrder, nextBillnumber, type ProfileStore } from './order-store';
import { CONFIRM_WINDOW, pay, startPayment, type PaymentInput } from './payment';
import { createRandom, digits, type Random } from './prng';
import { playAfterApproval } from './seed-scenario';
import { HOSTILE, type HostileTouch } from './seed-hostile';
import { paidUnder } from './ordernumber-rule';
import {
  randomAmount,
  randomCurrency,
  randomMeans,
  randomOutcome,
  randomRate,
  SPASIBO_TEST_CARD,
  testMeans,
  threedsFor,
  type SeedPayment,
} from './seed-means';
import { buyerIp, cardholderOf, randomCustomer, testCustomer } from './seed-people';
import type { DomainRules } from './settlement';

export interface SeedOptions {
  seed: number;
  /** The seed describes the history up to this instant. */
  now: number;
}

/** Monitoring covers the last 1.5 years (docs/domain.md §4). */
export const SEED_SPAN = MAX_PERIOD_DAYS * DAY;

/** An order the shop sent: what a retry repeats under the same order number. */
interface Intent {
  at: number;
  ordernumber: string;
  orderamount: number;
  ordercurrency: Currency;
  delay: boolean;
  customer: Customer;
  comment: string | null;
  attempt: number;
  /** Recent orders whose buyer is still on the payment page. */
  unfinished: boolean;
}

const COMMENTS = [
  'Подарочная упаковка, пожалуйста',
  'Доставка курьером после 18:00',
  'Самовывоз из магазина на Тверской',
  'Предзаказ: «Мастер и Маргарита», подарочное издание',
  'Оплата за школьный комплект учебников, 5 класс',
  'Gift wrap, please',
  'Позвонить за час до доставки',
];

interface ProfileSeed {
  store: ProfileStore;
  random: Random;
  rules: DomainRules;
  now: number;
}

function applyHostile(intent: Intent, touch: HostileTouch | undefined): Intent {
  if (!touch) return intent;
  return {
    ...intent,
    ordernumber: touch.ordernumber ?? intent.ordernumber,
    customer: { ...intent.customer, ...touch.customer },
    comment: touch.comment ?? intent.comment,
  };
}

function paymentFor(seed: ProfileSeed, intent: Intent): PaymentInput {
  const { random, store } = seed;
  const chosen: SeedPayment = store.testmode
    ? testMeans(random)
    : randomMeans(random, intent.ordercurrency, cardholderOf(intent.customer));
  const { outcome, decline } = randomOutcome(random);
  // A retry after a failure usually succeeds: the buyer fixed the card or topped it up.
  const finalOutcome = intent.attempt > 1 && random.chance(0.7) ? 'approved' : outcome;
  const converted = intent.ordercurrency !== 'RUB' && random.chance(0.6);
  const pan = chosen.means.pan;
  const participant = store.testmode
    ? pan === SPASIBO_TEST_CARD
    : chosen.means.type === 'card' && pan?.startsWith('220') === true && random.chance(0.2);
  const points = participant && !intent.delay && intent.ordercurrency === 'RUB' && random.chance(0.35);
  return {
    means: chosen.means,
    processing: chosen.processing,
    currency: converted ? 'RUB' : intent.ordercurrency,
    rate: converted ? randomRate(random, intent.ordercurrency) : null,
    // The live processing answers; on the test profile the test instrument does.
    outcome: store.testmode ? undefined : finalOutcome,
    decline: store.testmode ? undefined : decline,
    testOutcome: chosen.testOutcome,
    threeds: store.testmode ? null : threedsFor(random, finalOutcome, chosen.means),
    ip: buyerIp(random),
    bonus: !store.testmode && participant,
    points: points ? pointsFor(random, intent.orderamount) : undefined,
  };
}

/** Whole roubles, 10–50% of the price: what a buyer typically spends of their "Спасибо" points. */
function pointsFor(random: Random, orderamount: number): number | undefined {
  const points = Math.floor((orderamount * random.int(10, 50)) / 100 / 100) * 100;
  return points > 0 && points < orderamount ? points : undefined;
}

/** Creates, pays and then lives through one order, all with the gateway's domain functions. */
function playIntent(seed: ProfileSeed, intent: Intent, retries: Intent[]): void {
  const { random, store, rules, now } = seed;
  // The gateway refuses a new payment request under an order number that is already paid.
  if (paidUnder(store, intent.ordernumber)) return;
  const order: OrderRecord = createOrderRecord({
    profileId: store.profileId,
    billnumber: nextBillnumber(store, random.int(1, 40)),
    testmode: store.testmode,
    createdAt: intent.at,
    ordernumber: intent.ordernumber,
    orderamount: intent.orderamount,
    ordercurrency: intent.ordercurrency,
    delay: intent.delay,
    customer: intent.customer,
    comment: intent.comment,
  });
  addOrder(store, order);
  const payAt = intent.at + random.int(20, 300) * 1000;
  const payment = paymentFor(seed, intent);
  if (intent.unfinished) {
    if (random.chance(0.6) && payAt <= now) startPayment(order, payment, payAt);
    return;
  }
  const finishedAt = payAt + random.int(1500, 9000);
  if (finishedAt > now) return;
  pay(order, payment, payAt, finishedAt, rules);
  if (order.state === 'Declined' || order.state === 'Timeout') {
    if (intent.attempt < 3 && random.chance(0.45)) {
      retries.push({ ...intent, at: finishedAt + random.int(1, 40) * MINUTE, attempt: intent.attempt + 1 });
    }
  } else {
    playAfterApproval(order, finishedAt, now, random, rules);
  }
  advanceOrder(order, now);
}

/**
 * Orders of the last four days lean two-stage so that the monitor always shows holds with live
 * confirmation deadlines, some of them close.
 */
function newIntent(seed: ProfileSeed, at: number, index: number, unfinished: boolean): Intent {
  const { random, store } = seed;
  const currency = store.testmode ? (random.chance(0.9) ? 'RUB' : randomCurrency(random)) : randomCurrency(random);
  const prefix = store.testmode ? 'TEST-' : 'PL-';
  const ordernumber =
    !store.testmode && random.chance(0.08) ? `MP-${digits(random, 10)}` : `${prefix}${String(100000 + index)}`;
  return {
    at,
    ordernumber,
    orderamount: randomAmount(random, currency, store.testmode),
    ordercurrency: currency,
    delay: random.chance(seed.now - at < CONFIRM_WINDOW ? 0.5 : store.testmode ? 0.3 : 0.22),
    customer: store.testmode ? testCustomer(random) : randomCustomer(random),
    comment: random.chance(0.12) ? random.pick(COMMENTS) : null,
    attempt: 1,
    unfinished,
  };
}

/** The second copy of an order number names another purchase: one number, one successful payment. */
function secondCopy(touch: HostileTouch): HostileTouch {
  return touch.ordernumber === undefined ? touch : { ...touch, ordernumber: `${touch.ordernumber.slice(0, -1)}Z` };
}

/** Where hostile data goes: some among the newest orders (first page), the rest spread out. */
function hostilePlacement(count: number): Map<number, HostileTouch> {
  const placement = new Map<number, HostileTouch>();
  if (count < 40) return placement;
  HOSTILE.forEach((touch, i) => {
    placement.set(count - 2 - 3 * i, touch);
    placement.set(Math.floor(((i + 1) * count) / (HOSTILE.length + 2)), secondCopy(touch));
  });
  return placement;
}

/**
 * Fills one profile: `count` orders spread evenly (with jitter) over the last 18 months,
 * played in time order; failed attempts are retried under the same order number, and a few
 * of the newest orders are still being paid.
 */
export function seedProfile(store: ProfileStore, count: number, options: SeedOptions, rules: DomainRules): void {
  if (count <= 0) return;
  const random = createRandom((options.seed * 2654435761 + Number(store.profileId)) >>> 0);
  const seed: ProfileSeed = { store, random, rules, now: options.now };
  const unfinished = count >= 20 ? Math.min(50, Math.max(2, Math.round(count / 4000))) : 0;
  const regular = count - unfinished;
  const recentFrom = options.now - 15 * MINUTE;
  const start = options.now - SEED_SPAN;
  const step = (recentFrom - start) / regular;
  const hostile = hostilePlacement(regular);
  const retries: Intent[] = [];

  for (let i = 0; i < count; i += 1) {
    const at =
      i < regular
        ? Math.floor((start + (i + random.next()) * step) / 1000) * 1000
        : Math.floor((recentFrom + ((i - regular + random.next()) * 14 * MINUTE) / unfinished) / 1000) * 1000;
    // Retries due before this order are played first, so the store stays in time order.
    retries.sort((a, b) => a.at - b.at);
    while (retries.length > 0 && retries[0]!.at <= at) playIntent(seed, retries.shift()!, retries);
    playIntent(seed, applyHostile(newIntent(seed, at, i, i >= regular), hostile.get(i)), retries);
  }
  for (const retry of retries.sort((a, b) => a.at - b.at)) if (retry.at <= options.now) playIntent(seed, retry, []);
}
