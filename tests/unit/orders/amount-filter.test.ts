import { describe, expect, it } from 'vitest';
import { amountFilterText, amountFilterToWire } from '@/features/orders/model/amount-filter';

describe('amount filters', () => {
  it('read what people type into the wire decimal', () => {
    expect(amountFilterToWire('1000,50', undefined)).toEqual({ ok: true, wire: '1000.50' });
    expect(amountFilterToWire('1 000,50', undefined)).toEqual({ ok: true, wire: '1000.50' });
    expect(amountFilterToWire('1,000.5', undefined)).toEqual({ ok: true, wire: '1000.50' });
    expect(amountFilterToWire('7', undefined)).toEqual({ ok: true, wire: '7.00' });
    expect(amountFilterToWire('1 000 ₽', 'RUB')).toEqual({ ok: true, wire: '1000.00' });
  });

  it('refuse what cannot be read, with the reason', () => {
    expect(amountFilterToWire('1,234', undefined)).toEqual({ ok: false, error: 'ambiguous' });
    expect(amountFilterToWire('12,3,4', undefined)).toEqual({ ok: false, error: 'format' });
    expect(amountFilterToWire('1,005', undefined)).toEqual({ ok: false, error: 'ambiguous' });
    expect(amountFilterToWire('10 $', 'RUB')).toEqual({ ok: false, error: 'currency-mismatch' });
    expect(amountFilterToWire('10 ₽', undefined)).toEqual({ ok: false, error: 'currency-mismatch' });
    expect(amountFilterToWire('12345678901234', undefined)).toEqual({ ok: false, error: 'too-large' });
  });

  it('show the wire decimal as the language writes it', () => {
    expect(amountFilterText('1000.50', 'ru-RU')).toBe('1\u00a0000,50');
    expect(amountFilterText('1000.00', 'en-GB')).toBe('1,000');
    expect(amountFilterText('1000.5', 'en-GB')).toBe('1,000.50');
  });
});
