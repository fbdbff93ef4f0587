import type { Currency } from '@/api/common';
import type { AmountInputError } from '@/lib/parse-amount-input';
import { parseAmountInput } from '@/lib/parse-amount-input';
import type { ActionLimits } from './eligibility';
import { MINOR_DIGITS } from './currency-digits';

export type AmountError = AmountInputError | 'not-positive' | 'exceeds-remaining';

export type AmountCheck = { ok: true; minor: bigint } | { ok: false; error: AmountError };

/**
 * The client's own checks of a partial amount, before and independently of the gateway: it must
 * parse, be in the payment's currency with no more decimals than that currency has, be positive
 * and be no more than what remains.
 */
export function checkPartialAmount(input: string, limits: Pick<ActionLimits, 'max' | 'currency'>): AmountCheck {
  const parsed = parseAmountInput(input, limits.currency, MINOR_DIGITS[limits.currency]);
  if (!parsed.ok) return parsed;
  if (parsed.minor <= 0n) return { ok: false, error: 'not-positive' };
  if (parsed.minor > limits.max) return { ok: false, error: 'exceeds-remaining' };
  return parsed;
}

/** A wire decimal string of minor units in a currency's minor digits ("1234.50"). */
export function toWireAmount(minor: bigint, currency: Currency): string {
  const digits = MINOR_DIGITS[currency];
  const text = minor.toString().padStart(digits + 1, '0');
  return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
