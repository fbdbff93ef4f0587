import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCIES, type Currency } from '@/api/common';
import { parseAmountInput } from '@/lib/parse-amount-input';
import { toWireAmount } from '@/features/order-actions/model/amount-rules';

const parse = (text: string, currency: Currency = 'RUB') => parseAmountInput(text, currency, 2);
const minorOf = (text: string, currency: Currency = 'RUB') => {
  const result = parse(text, currency);
  return result.ok ? result.minor : result.error;
};

describe('parseAmountInput: how people type money', () => {
  it.each([
    ['1 234,56', 123456n],
    ['1234.56', 123456n],
    ['1,234.56', 123456n],
    ['1.234,56', 123456n],
    ['1\u00a0234,56', 123456n],
    ['1\u202f234,56', 123456n],
    ['1234', 123400n],
    ['1234,5', 123450n],
    ['0,01', 1n],
    [',5', 50n],
    ['1,234,567', 123456700n],
    ['1.234.567', 123456700n],
    ['1 234 567,89 ₽', 123456789n],
    ['1234.56 RUB', 123456n],
    ['1234,56 руб.', 123456n],
    ['  15 р. ', 1500n],
    ['0', 0n],
  ])('reads %j as %s minor units', (text, minor) => {
    expect(minorOf(text)).toBe(minor);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'format'],
    ['12,', 'format'],
    ['1,23,4', 'format'],
    ['12 34', 'format'],
    ['1.2.3,4', 'format'],
    ['1,2.3', 'format'],
    ['1,234', 'ambiguous'],
    ['1.234', 'ambiguous'],
    ['-5', 'negative'],
    ['−5,00', 'negative'],
    ['₽ -5', 'negative'],
    ['1,234.567', 'too-many-decimals'],
    ['0,123', 'too-many-decimals'],
    ['1 234,567', 'too-many-decimals'],
    ['10 $', 'currency-mismatch'],
    ['EUR 10', 'currency-mismatch'],
  ])('refuses %j: %s', (text, error) => {
    expect(minorOf(text)).toBe(error);
  });

  it('takes the number of minor digits from the currency', () => {
    expect(parseAmountInput('12,5', 'RUB', 0)).toEqual({ ok: false, error: 'too-many-decimals' });
    expect(parseAmountInput('12', 'RUB', 0)).toEqual({ ok: true, minor: 12n });
    expect(parseAmountInput('1,2345', 'RUB', 3)).toEqual({ ok: false, error: 'too-many-decimals' });
  });
});

const amounts = fc.bigInt({ min: 0n, max: 10n ** 15n - 1n });
const currencies = fc.constantFrom(...CURRENCIES);
const locales = fc.constantFrom('ru-RU', 'en-GB', 'en-US', 'de-DE');

function intlText(minor: bigint, locale: string, currency?: Currency): string {
  const decimal = toWireAmount(minor, 'RUB') as `${number}`;
  return new Intl.NumberFormat(locale, {
    ...(currency ? { style: 'currency', currency } : {}),
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(decimal);
}

describe('parseAmountInput: properties', () => {
  it('reads back every amount Intl writes, grouped, in Russian, English and German', () => {
    fc.assert(
      fc.property(amounts, locales, (minor, locale) => {
        expect(parse(intlText(minor, locale))).toEqual({ ok: true, minor });
      }),
    );
  });

  it('reads back an amount written with its own currency, and refuses it for another', () => {
    fc.assert(
      fc.property(amounts, currencies, currencies, fc.constantFrom('ru-RU', 'en-GB'), (minor, own, other, locale) => {
        const text = intlText(minor, locale, own);
        expect(parse(text, own)).toEqual({ ok: true, minor });
        if (other !== own) expect(parse(text, other)).toEqual({ ok: false, error: 'currency-mismatch' });
      }),
    );
  });

  it('reads back the wire format exactly', () => {
    fc.assert(
      fc.property(amounts, (minor) => {
        expect(parse(toWireAmount(minor, 'RUB'))).toEqual({ ok: true, minor });
      }),
    );
  });

  it('never accepts more decimals than the currency has', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]{1,6}$/),
        fc.stringMatching(/^[0-9]{3,6}$/),
        fc.constantFrom('.', ','),
        (integer, fraction, separator) => {
          expect(parse(`${integer}${separator}${fraction}`).ok).toBe(false);
        },
      ),
    );
  });

  it('never accepts a negative amount', () => {
    fc.assert(
      fc.property(amounts, locales, (minor, locale) => {
        expect(parse(`-${intlText(minor, locale)}`)).toEqual({ ok: false, error: 'negative' });
      }),
    );
  });

  it('never throws, and whatever it accepts is a non-negative whole number of minor units', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), currencies, (text, currency) => {
        const result = parse(text, currency);
        if (result.ok) expect(result.minor >= 0n).toBe(true);
      }),
    );
  });
});
