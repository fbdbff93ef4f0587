import type { Currency } from '@/api/common';

/**
 * Digits of each currency's minor unit. Every currency the gateway handles has two (the wire
 * carries exactly two decimals), but the amount rules take the number from here, not from a
 * constant, so a currency without kopecks would be refused "1,5" the day it arrives.
 */
export const MINOR_DIGITS: Record<Currency, number> = {
  RUB: 2,
  USD: 2,
  EUR: 2,
  BYN: 2,
  KZT: 2,
};
