import { AmountInput, type Currency } from '@/api/common';
import { parseAmount, toDecimalString } from '@/lib/money';
import { parseAmountInput, type AmountInputError } from '@/lib/parse-amount-input';

const MINOR_DIGITS = 2;

export type AmountFilterResult = { ok: true; wire: string } | { ok: false; error: AmountInputError | 'too-large' };

/**
 * A typed amount filter ("1 000,50", "1000.5", "1,000.50 ₽") as the wire decimal the URL and
 * the server take ("1000.50"); the same parser as the money dialogs. A currency mark must be the
 * one chosen in the currency filter.
 */
export function amountFilterToWire(text: string, currency: Currency | undefined): AmountFilterResult {
  const parsed = parseAmountInput(text, currency ?? null, MINOR_DIGITS);
  if (!parsed.ok) return parsed;
  const wire = toDecimalString(parsed.minor);
  return AmountInput.safeParse(wire).success ? { ok: true, wire } : { ok: false, error: 'too-large' };
}

/** The wire decimal of the URL as people of `locale` write it: "1000.50" → "1 000,50" in Russian. */
export function amountFilterText(wire: string, locale: string): string {
  let minor: bigint;
  try {
    minor = parseAmount(wire);
  } catch {
    return wire;
  }
  const whole = minor % 100n === 0n;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: whole ? 0 : MINOR_DIGITS,
    maximumFractionDigits: MINOR_DIGITS,
  }).format(toDecimalString(minor) as `${number}`);
}
