import { describe, expect, it } from 'vitest';
import { formatDecimal, formatMoney, formatPoints, formatWireAmount, parseAmount, toDecimalString } from '@/lib/money';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('parseAmount', () => {
  it('reads wire decimals into integer minor units', () => {
    expect(parseAmount('1234.50')).toBe(123450n);
    expect(parseAmount('0.01')).toBe(1n);
    expect(parseAmount('0.00')).toBe(0n);
    expect(parseAmount('7')).toBe(700n);
    expect(parseAmount('7.5')).toBe(750n);
  });

  it('keeps the largest wire amounts exact', () => {
    expect(parseAmount('9999999999999.99')).toBe(999999999999999n);
  });

  it('sums like money: 0.10 + 0.20 is exactly 0.30, where floats are not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(toDecimalString(parseAmount('0.10') + parseAmount('0.20'))).toBe('0.30');
  });

  it.each(['', '1,50', '-1.00', '1.234', '.50', '1e3', ' 1.00', '12345678901234.00'])('rejects %j', (wire) => {
    expect(() => parseAmount(wire)).toThrow(RangeError);
  });
});

describe('toDecimalString', () => {
  it('writes minor units back as the wire writes them', () => {
    expect(toDecimalString(123450n)).toBe('1234.50');
    expect(toDecimalString(5n)).toBe('0.05');
    expect(toDecimalString(0n)).toBe('0.00');
    expect(toDecimalString(-250n)).toBe('-2.50');
  });

  it('round-trips every wire amount', () => {
    for (const wire of ['0.00', '0.99', '1.00', '100.10', '9999999999999.99']) {
      expect(toDecimalString(parseAmount(wire))).toBe(wire);
    }
  });
});

describe('formatMoney', () => {
  it('formats roubles the Russian way', () => {
    expect(plain(formatMoney(123450n, 'RUB', 'ru-RU'))).toBe('1 234,50 ₽');
  });

  it('shows each currency one way in both languages: its own sign, BYN by its code', () => {
    expect(formatMoney(123450n, 'USD', 'en-GB')).toBe('$1,234.50');
    expect(formatMoney(123450n, 'RUB', 'en-GB')).toBe('₽1,234.50');
    expect(plain(formatMoney(123450n, 'KZT', 'ru-RU'))).toBe('1 234,50 ₸');
    expect(plain(formatMoney(5n, 'EUR', 'ru-RU'))).toBe('0,05 €');
    expect(plain(formatMoney(5n, 'BYN', 'ru-RU'))).toBe('0,05 BYN');
    expect(plain(formatMoney(5n, 'BYN', 'en-GB'))).toBe('BYN 0.05');
  });

  it('writes a rate with the language’s decimal separator, exactly, and points as points', () => {
    expect(formatDecimal('0.1957', 'ru-RU')).toBe('0,1957');
    expect(formatDecimal('0.0110', 'en-GB')).toBe('0.0110');
    expect(formatDecimal('12345.5', 'ru-RU')).toBe('12345,5');
    expect(plain(formatPoints('1234.50', 'ru-RU'))).toBe('1 234,5');
  });

  it('stays exact for amounts beyond float precision', () => {
    expect(plain(formatWireAmount('9999999999999.99', 'RUB', 'ru-RU'))).toBe('9 999 999 999 999,99 ₽');
  });

  it('shows two decimals for every supported currency', () => {
    expect(plain(formatWireAmount('100.00', 'KZT', 'ru-RU'))).toMatch(/^100,00 /);
    expect(plain(formatWireAmount('100.00', 'BYN', 'ru-RU'))).toMatch(/^100,00 /);
  });
});
