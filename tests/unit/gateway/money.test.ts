import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convert, fromMinor, share, toMinor } from '../../../mocks/gateway/money';

describe('money in minor units', () => {
  it('parses decimal strings without floats', () => {
    expect(toMinor('1234.50')).toBe(123450);
    expect(toMinor('0.1')).toBe(10);
    expect(toMinor('7')).toBe(700);
    expect(toMinor('9999999999999.99')).toBe(999999999999999);
    expect(() => toMinor('1,5')).toThrow(RangeError);
    expect(() => toMinor('-1.00')).toThrow(RangeError);
    expect(() => toMinor('1.234')).toThrow(RangeError);
  });

  it('formats with exactly two decimals', () => {
    expect(fromMinor(0)).toBe('0.00');
    expect(fromMinor(5)).toBe('0.05');
    expect(fromMinor(123450)).toBe('1234.50');
    expect(() => fromMinor(1.5)).toThrow(RangeError);
  });

  it('round-trips every wire amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999_999 }), (minor) => {
        expect(toMinor(fromMinor(minor))).toBe(minor);
        expect(fromMinor(minor)).toMatch(/^\d{1,13}\.\d{2}$/);
      }),
    );
  });

  it('converts by a decimal rate with half-up rounding in integers', () => {
    expect(convert(10000, '92.4512')).toBe(924512);
    expect(convert(1, '0.5')).toBe(1);
    expect(convert(999_999_999_999_999, '1.0000')).toBe(999_999_999_999_999);
    expect(convert(150_000_00, '0.1834')).toBe(2_751_000);
  });

  it('takes proportional shares without overflow', () => {
    expect(share(1000, 1, 3)).toBe(333);
    expect(share(999_999_999_999_999, 999_999_999_999_999, 999_999_999_999_999)).toBe(999_999_999_999_999);
    expect(share(5, 1, 0)).toBe(0);
  });
});
