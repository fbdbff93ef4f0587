import type { Brand, ThreeDsResult } from '@/api/orders';

/** Outcome of a payment attempt as the processing centre answers it. */
export type PaymentOutcome = 'approved' | 'declined' | 'timeout';

export interface TestCard {
  outcome: PaymentOutcome;
  threeds: ThreeDsResult;
  /** Decline reason code when outcome is declined. */
  decline?: DeclineCode;
  /** A "Спасибо" participant: the payment also accrues bonus points. */
  bonus?: boolean;
}

/** Cards of the test profile (docs/domain.md §10), by whatever means they come. Live profiles never accept them. */
export const TEST_CARDS: Readonly<Record<string, TestCard>> = {
  '4111111111111111': { outcome: 'approved', threeds: 'A' },
  '4000000000000002': { outcome: 'declined', threeds: 'Y', decline: 'AS102' },
  '4000000000003220': { outcome: 'approved', threeds: 'Y' },
  '4000000000000119': { outcome: 'timeout', threeds: 'A' },
  '2200000000000004': { outcome: 'approved', threeds: 'Y', bonus: true },
};

export const DECLINES = {
  AS100: 'Отказ в авторизации',
  AS101: 'Неверный номер карты',
  AS102: 'Недостаточно средств',
  AS104: 'Неверный срок действия карты',
  AS105: 'Превышен лимит',
  AS108: 'Подозрение на мошенничество',
  AS109: 'Тестовая карта не принимается',
  AS110: 'Тестовый профиль принимает только тестовые карты',
  AS111: 'Двухстадийная оплата недоступна для карт JCB и American Express',
} as const;
export type DeclineCode = keyof typeof DECLINES;

export function isTestCard(pan: string): boolean {
  return Object.hasOwn(TEST_CARDS, pan);
}

/** The scheme by the card number's prefix (IIN ranges). */
export function brandOfPan(pan: string): Brand {
  const two = Number(pan.slice(0, 2));
  const four = Number(pan.slice(0, 4));
  if (pan.startsWith('4')) return 'VISA';
  if (four >= 2200 && four <= 2204) return 'MIR';
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return 'MASTERCARD';
  if (two === 35) return 'JCB';
  if (two === 34 || two === 37) return 'AMEX';
  return 'DINERS';
}

/** First 6 and last 4 digits, the rest masked: 411111******1111. */
export function maskPan(pan: string): string {
  return `${pan.slice(0, 6)}${'*'.repeat(Math.max(2, pan.length - 10))}${pan.slice(-4)}`;
}
