import { CURRENCIES, type Currency } from '@/api/common';

/**
 * Reads an amount the way people type money in Russian and English — "1 234,56", "1234.56",
 * "1,234.56", "1.234,56", with or without the currency — into integer minor units. It never
 * goes through a float: the digits are concatenated and read as a bigint.
 */

export type AmountInputError =
  'empty' | 'format' | 'ambiguous' | 'negative' | 'too-many-decimals' | 'currency-mismatch';

export type AmountInputResult = { ok: true; minor: bigint } | { ok: false; error: AmountInputError };

/** Signs and names of the currencies as people write them next to an amount (lower case). */
const CURRENCY_MARKS: Record<Currency, readonly string[]> = {
  RUB: ['rub', 'rur', '₽', 'руб.', 'руб', 'р.', 'р'],
  USD: ['usd', '$', 'us$'],
  EUR: ['eur', '€'],
  BYN: ['byn', 'br', 'бел. руб.', 'бел.руб.'],
  KZT: ['kzt', '₸', 'тг', 'тенге'],
};

/** Longest marks first, so "руб." wins over "р". */
const MARKS: readonly { mark: string; currency: Currency }[] = CURRENCIES.flatMap((currency) =>
  CURRENCY_MARKS[currency].map((mark) => ({ mark, currency })),
).sort((a, b) => b.mark.length - a.mark.length);

/** Every kind of space a keyboard, a bank statement or Intl.NumberFormat puts between groups. */
const SPACES = /[\s\u00a0\u202f\u2009\u2007']/g;
const MINUS = /^[-\u2212\u2012\u2013]/;

function stripCurrency(text: string): { rest: string; currency: Currency | null } {
  const lower = text.toLowerCase();
  for (const { mark, currency } of MARKS) {
    if (lower.startsWith(mark)) return { rest: text.slice(mark.length).trim(), currency };
    if (lower.endsWith(mark)) return { rest: text.slice(0, text.length - mark.length).trim(), currency };
  }
  return { rest: text, currency: null };
}

/** "1,234,567" with "," as the group separator: a first group of 1–3 digits, then groups of 3. */
function ungroup(integer: string, separator: string): string | null {
  if (!integer.includes(separator)) return /^\d*$/.test(integer) ? integer : null;
  const groups = integer.split(separator);
  const [first = '', ...others] = groups;
  if (!/^\d{1,3}$/.test(first) || !others.every((group) => /^\d{3}$/.test(group))) return null;
  return groups.join('');
}

/** Splits the digits into the integer and fraction parts, deciding which mark is the decimal one. */
function splitNumber(text: string): { integer: string; fraction: string } | 'format' | 'ambiguous' {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot === -1 && lastComma === -1) {
    const integer = ungroup(text, ' ');
    return integer === null || integer === '' ? 'format' : { integer, fraction: '' };
  }

  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;
  let decimal: string | null;
  if (dots > 0 && commas > 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (dots + commas > 1)
    decimal = null; // "1,234,567" or "1.234.567": only groups
  else {
    decimal = dots === 1 ? '.' : ',';
    // "1,234" is 1234 in English and 1.234 in Russian: refuse to guess.
    if (/^[1-9]\d{0,2}[.,]\d{3}$/.test(text)) return 'ambiguous';
  }

  const at = decimal === null ? -1 : text.lastIndexOf(decimal);
  const integerText = at === -1 ? text : text.slice(0, at);
  const fraction = at === -1 ? '' : text.slice(at + 1);
  if (!/^\d*$/.test(fraction)) return 'format';
  const mark = decimal === '.' ? ',' : decimal === ',' ? '.' : dots > 0 ? '.' : ',';
  const group = integerText.includes(' ') ? ' ' : mark;
  // One kind of group separator per number: "1 234.567,89" is not a way anyone writes money.
  if (group === ' ' && integerText.includes(mark)) return 'format';
  const integer = ungroup(integerText, group);
  if (integer === null) return 'format';
  if (integer === '' && fraction === '') return 'format';
  // "12," or "12." is a number still being typed: refused, so nobody sends what they did not mean.
  if (at !== -1 && fraction === '') return 'format';
  return { integer, fraction };
}

/**
 * Parses a typed amount for a payment in `currency`, whose minor unit has `minorDigits`
 * digits. Spaces between groups are ignored; a currency mark is accepted only when it is the
 * payment's own (with no currency given, any mark is a mismatch). Every amount field of the
 * cabinet — the money dialogs and the monitor's filters — reads its input here.
 */
export function parseAmountInput(input: string, currency: Currency | null, minorDigits: number): AmountInputResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, error: 'empty' };
  const negative = MINUS.test(trimmed);
  const unsigned = negative ? trimmed.replace(MINUS, '').trim() : trimmed;
  const { rest, currency: written } = stripCurrency(unsigned);
  if (written !== null && written !== currency) return { ok: false, error: 'currency-mismatch' };
  // Spaces are group separators, so they are kept (as one kind) to check the groups.
  const compact = rest.replace(SPACES, ' ');
  // The sign may also stand after a leading currency mark: "₽ -5".
  if (MINUS.test(compact)) return { ok: false, error: 'negative' };
  const parts = splitNumber(compact);
  if (parts === 'format' || parts === 'ambiguous') return { ok: false, error: parts };
  if (negative) return { ok: false, error: 'negative' };
  if (parts.fraction.length > minorDigits) return { ok: false, error: 'too-many-decimals' };
  const fraction = parts.fraction.padEnd(minorDigits, '0');
  const minor = BigInt(`${parts.integer === '' ? '0' : parts.integer}${fraction}`);
  return { ok: true, minor };
}
