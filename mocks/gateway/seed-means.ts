import type { Currency } from '@/api/common';
import type { Brand, ThreeDsResult } from '@/api/orders';
import type { MeansInput } from './payment';
import { digits, type Random } from './prng';
import type { DeclineCode, PaymentOutcome } from './test-cards';

type CardBrand = 'VISA' | 'MASTERCARD' | 'MIR' | 'JCB' | 'AMEX' | 'DINERS';

const CARD_BRANDS: readonly (readonly [CardBrand, number])[] = [
  ['MIR', 38],
  ['VISA', 28],
  ['MASTERCARD', 22],
  ['DINERS', 4],
  ['AMEX', 4],
  ['JCB', 4],
];

function panOf(random: Random, brand: CardBrand): string {
  switch (brand) {
    case 'VISA':
      return `4${random.pick(['27683', '58410', '89049', '14950', '31254'])}${digits(random, 10)}`;
    case 'MASTERCARD':
      return `5${random.int(1, 5)}${digits(random, 14)}`;
    case 'MIR':
      return `220${random.int(0, 4)}${random.pick(['02', '15', '24', '70'])}${digits(random, 10)}`;
    case 'JCB':
      return `35${random.int(28, 89)}${digits(random, 12)}`;
    case 'AMEX':
      return `3${random.pick(['4', '7'])}${digits(random, 13)}`;
    case 'DINERS':
      return `36${digits(random, 12)}`;
  }
}

const BANKS: Record<string, readonly string[]> = {
  RU: ['Сбербанк', 'ВТБ', 'Альфа-Банк', 'Т-Банк', 'Газпромбанк', 'Райффайзенбанк', 'Совкомбанк'],
  BY: ['Беларусбанк', 'Приорбанк'],
  KZ: ['Kaspi Bank', 'Halyk Bank'],
  US: ['JPMorgan Chase', 'American Express'],
  DE: ['Deutsche Bank', 'Commerzbank'],
  JP: ['MUFG Bank'],
};

function countryFor(random: Random, currency: Currency, brand: CardBrand): string {
  if (brand === 'MIR') return 'RU';
  if (brand === 'JCB') return random.chance(0.5) ? 'JP' : 'RU';
  if (currency === 'BYN') return 'BY';
  if (currency === 'KZT') return 'KZ';
  if (currency === 'USD') return random.chance(0.6) ? 'US' : 'RU';
  if (currency === 'EUR') return random.chance(0.6) ? 'DE' : 'RU';
  return 'RU';
}

const ACQUIRERS = ['Сбербанк', 'ВТБ', 'Газпромбанк'];

export interface SeedPayment {
  means: MeansInput;
  processing: string;
  /** Test profile, a means without a card: the result the developer picks on the test page. */
  testOutcome?: PaymentOutcome;
}

/** A payment means in plausible proportions, with its issuer and the acquiring processing. */
export function randomMeans(random: Random, currency: Currency, cardholder: string): SeedPayment {
  const type = random.weighted([
    ['card', 70],
    ['wallet', 12],
    ['sbp', 12],
    ['ewallet', 6],
  ] as const);
  if (type === 'sbp') {
    return { means: { type, brand: 'SBP', bank: random.pick(BANKS.RU!), country: 'RU' }, processing: 'НСПК (СБП)' };
  }
  if (type === 'ewallet') {
    const brand = random.weighted<Brand>([
      ['YOOMONEY', 6],
      ['WEBMONEY', 2],
      ['QIWI', 2],
    ]);
    const processing = brand === 'YOOMONEY' ? 'ЮMoney' : brand === 'WEBMONEY' ? 'WebMoney' : 'QIWI';
    return { means: { type, brand, country: 'RU' }, processing };
  }
  const cardBrand =
    type === 'wallet' ? random.pick<CardBrand>(['VISA', 'MASTERCARD', 'MIR']) : random.weighted(CARD_BRANDS);
  const country = countryFor(random, currency, cardBrand);
  const bank = random.pick(BANKS[country] ?? BANKS.RU!);
  const pan = panOf(random, cardBrand);
  const holder = cardholder.slice(0, 70);
  const processing = random.pick(ACQUIRERS);
  if (type === 'wallet') {
    const brand: Brand = cardBrand === 'MIR' ? 'MIRPAY' : random.pick(['APPLEPAY', 'GOOGLEPAY', 'SAMSUNGPAY']);
    return { means: { type, brand, pan, bank, country, cardholder: null }, processing };
  }
  return { means: { type, pan, bank, country, cardholder: random.chance(0.85) ? holder : null }, processing };
}

export function randomCurrency(random: Random): Currency {
  return random.weighted<Currency>([
    ['RUB', 86],
    ['USD', 5],
    ['EUR', 4],
    ['BYN', 3],
    ['KZT', 2],
  ]);
}

type Range = readonly [number, number];

/** Scaled by 10^4. */
const RATE_RANGES: Record<Currency, Range> = {
  RUB: [10000, 10000],
  USD: [880000, 1010000],
  EUR: [950000, 1100000],
  BYN: [270000, 310000],
  KZT: [1700, 2100],
};

/** Major units. */
const PRICE_RANGES: Record<Currency, Range> = {
  RUB: [150, 60000],
  USD: [3, 700],
  EUR: [3, 650],
  BYN: [8, 1800],
  KZT: [1500, 280000],
};
const TEST_PRICE_RANGE: Range = [1, 5000];

/** Rubles per unit of a foreign currency, as a 4-decimal string. */
export function randomRate(random: Random, currency: Currency): string {
  const [lo, hi] = RATE_RANGES[currency];
  const scaled = random.int(lo, hi);
  return `${Math.floor(scaled / 10000)}.${String(scaled % 10000).padStart(4, '0')}`;
}

/** A basket price in minor units: log-uniform, book-shop style endings (…9.00) mostly. */
export function randomAmount(random: Random, currency: Currency, testmode: boolean): number {
  const [lo, hi] = testmode ? TEST_PRICE_RANGE : PRICE_RANGES[currency];
  const major = Math.exp(Math.log(lo) + random.next() * (Math.log(hi) - Math.log(lo)));
  if (random.chance(0.8)) return Math.max(1, Math.round(major / 10) * 10 - 1) * 100;
  return Math.round(major * 100);
}

export function randomOutcome(random: Random): { outcome: PaymentOutcome; decline: DeclineCode } {
  const outcome = random.weighted<PaymentOutcome>([
    ['approved', 86],
    ['declined', 10],
    ['timeout', 4],
  ]);
  const decline = random.weighted<DeclineCode>([
    ['AS100', 40],
    ['AS102', 35],
    ['AS104', 10],
    ['AS105', 10],
    ['AS108', 5],
  ]);
  return { outcome, decline };
}

export function threedsFor(random: Random, outcome: PaymentOutcome, means: MeansInput): ThreeDsResult | null {
  if (means.type === 'sbp' || means.type === 'ewallet') return null;
  if (outcome === 'timeout') return random.pick(['C', 'E', 'U']);
  if (outcome === 'declined')
    return random.weighted<ThreeDsResult>([
      ['Y', 5],
      ['N', 3],
      ['R', 2],
    ]);
  return random.weighted<ThreeDsResult>([
    ['Y', 80],
    ['A', 15],
    ['U', 5],
  ]);
}

/** The test card of a "Спасибо" participant (docs/domain.md §10). */
export const SPASIBO_TEST_CARD = '2200000000000004';

/**
 * Test profile: mostly the documented test cards; some wallet payments carrying a test card,
 * and SBP or e-wallet payments with the result picked on the test page.
 */
export function testMeans(random: Random): SeedPayment {
  const kind = random.weighted([
    ['card', 80],
    ['wallet', 8],
    ['other', 12],
  ] as const);
  if (kind === 'card') return testCardMeans(random);
  if (kind === 'wallet') {
    const pan = random.pick(['4111111111111111', '4111111111111111', '4000000000000002']);
    const brand = random.pick<Brand>(['APPLEPAY', 'GOOGLEPAY']);
    return {
      means: { type: 'wallet', brand, pan, bank: 'Тестовый банк', country: 'RU' },
      processing: 'Тестовый процессинг',
    };
  }
  const sbp = random.chance(0.6);
  const testOutcome = random.weighted<PaymentOutcome>([
    ['approved', 80],
    ['declined', 15],
    ['timeout', 5],
  ]);
  return {
    means: sbp ? { type: 'sbp', brand: 'SBP', country: 'RU' } : { type: 'ewallet', brand: 'YOOMONEY', country: 'RU' },
    processing: 'Тестовый процессинг',
    testOutcome,
  };
}

/** Test profile: the developer mostly uses the documented test cards. */
function testCardMeans(random: Random): SeedPayment {
  const pan = random.weighted([
    ['4111111111111111', 55],
    ['4000000000003220', 14],
    ['2200000000000004', 12],
    ['4000000000000002', 12],
    ['4000000000000119', 5],
    ['5555555555554444', 2],
  ] as const);
  return {
    means: { type: 'card', pan, cardholder: 'TEST CARDHOLDER', bank: 'Тестовый банк', country: 'RU' },
    processing: 'Тестовый процессинг',
  };
}
