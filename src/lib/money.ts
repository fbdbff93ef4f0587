import type { Currency } from '@/api/common';
import { cachedFormat } from './intl-cache';

/**
 * Money in integer minor units (kopecks, cents). Wire amounts are decimal strings with up to
 * two decimals; every supported currency has two minor digits. No float ever holds an amount.
 */
export type MinorUnits = bigint;

const MINOR_DIGITS = 2;
const WIRE_AMOUNT = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

/** Parses a wire decimal ("1234.50", "7", "0.5") into minor units; throws on anything else. */
export function parseAmount(wire: string): MinorUnits {
  const match = WIRE_AMOUNT.exec(wire);
  if (!match) throw new RangeError(`Not an amount: "${wire}"`);
  const [, major = '0', fraction = ''] = match;
  return BigInt(major) * 10n ** BigInt(MINOR_DIGITS) + BigInt(fraction.padEnd(MINOR_DIGITS, '0'));
}

/** The exact decimal string of an amount in minor units, e.g. 123450n → "1234.50". */
export function toDecimalString(minor: MinorUnits): string {
  const sign = minor < 0n ? '-' : '';
  const digits = (minor < 0n ? -minor : minor).toString().padStart(MINOR_DIGITS + 1, '0');
  return `${sign}${digits.slice(0, -MINOR_DIGITS)}.${digits.slice(-MINOR_DIGITS)}`;
}

/**
 * Formats an amount for people: grouping and decimal separator of the locale, and the currency's
 * own sign in every language (₽, $, €, ₸, Br: never "RUB" beside "US$"). Intl.NumberFormat
 * receives the exact decimal string, so even 13-digit amounts stay exact.
 */
export function formatMoney(minor: MinorUnits, currency: Currency, locale: string): string {
  return cachedFormat(
    `money|${locale}|${currency}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        // Belarusian roubles would read «р.» in Russian, like a rouble: their code, in every language.
        currencyDisplay: currency === 'BYN' ? 'code' : 'narrowSymbol',
        minimumFractionDigits: MINOR_DIGITS,
        maximumFractionDigits: MINOR_DIGITS,
      }),
  ).format(toDecimalString(minor) as `${number}`);
}

/** Formats a wire amount directly. */
export function formatWireAmount(wire: string, currency: Currency, locale: string): string {
  return formatMoney(parseAmount(wire), currency, locale);
}

/** A decimal of the wire ("0.1957", a conversion rate) with the locale's decimal separator, exactly. */
export function formatDecimal(wire: string, locale: string): string {
  const digits = wire.split('.')[1]?.length ?? 0;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(wire as `${number}`);
}

/** «Спасибо» points are points, not money: the amount as a number, never with a currency sign. */
export function formatPoints(wire: string, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: MINOR_DIGITS }).format(wire as `${number}`);
}
