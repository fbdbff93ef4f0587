import type { Clock } from '../clock';

export interface CardInput {
  pan: string;
  cardholder: string | null;
}

export type CardField = 'pan' | 'expiry' | 'cvc' | 'cardholder';

/** Luhn's check digit: a mistyped number is caught on the page, before any payment. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * The card form as the buyer typed it: number with or without spaces, expiry MM/YY not before
 * this month (on the gateway's clock, in UTC), CVC of 3–4 digits, Latin cardholder name.
 */
export function parseCardInput(
  raw: Readonly<Record<string, string>>,
  clock: Clock,
): { card: CardInput } | { field: CardField } {
  const pan = (raw.pan ?? '').replace(/[\s-]/g, '');
  if (!/^\d{13,19}$/.test(pan) || !luhn(pan)) return { field: 'pan' };
  const expiry = /^(\d{2})\s*\/\s*(\d{2})$/.exec((raw.expiry ?? '').trim());
  const month = Number(expiry?.[1]);
  if (!expiry || month < 1 || month > 12) return { field: 'expiry' };
  const now = new Date(clock.now());
  const year = 2000 + Number(expiry[2]);
  if (year * 12 + month < now.getUTCFullYear() * 12 + now.getUTCMonth() + 1) return { field: 'expiry' };
  if (!/^\d{3,4}$/.test((raw.cvc ?? '').trim())) return { field: 'cvc' };
  const cardholder = (raw.cardholder ?? '').trim().toUpperCase();
  if (cardholder !== '' && !/^[A-Z][A-Z .'-]{0,49}$/.test(cardholder)) return { field: 'cardholder' };
  return { card: { pan, cardholder: cardholder === '' ? null : cardholder } };
}
