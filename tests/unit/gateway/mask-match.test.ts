import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrderExportQuery, OrderListQuery } from '@/api/orders';
import { compileMask } from '../../../mocks/gateway/mask-match';
import { emptyGateway, LIVE } from './fixtures';

/** The mask's meaning written the obvious way; only safe on the short inputs generated here. */
function reference(mask: string, text: string): boolean {
  const source = mask
    .split('%')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 'is').test(text);
}

describe('the % mask of the order number', () => {
  it('means what the cabinet says: % is any run, _ is literal, case is ignored, the whole number', () => {
    const mask = (pattern: string, text: string) => compileMask(pattern)(text);
    expect(mask('B_%', 'B_7')).toBe(true);
    expect(mask('B_%', 'BX7')).toBe(false);
    expect(mask('%-10%', 'a-100')).toBe(true);
    expect(mask('a-%', 'A-101')).toBe(true);
    expect(mask('%01', 'A-101')).toBe(true);
    expect(mask('%01', 'A-1010')).toBe(false);
    expect(mask('a%a', 'a')).toBe(false);
    expect(mask('%', '')).toBe(true);
    expect(mask('кн%', 'КНИГА-1')).toBe(true);
    expect(mask('a.b%', 'axb')).toBe(false);
  });

  it('agrees with the regular-expression meaning on any short mask and number', () => {
    const alphabet = fc.constantFrom('a', 'A', 'b', '%', '_', '.', '*', '\n', 'я', 'Я');
    const text = fc.string({ unit: alphabet, maxLength: 12 }).map((s) => s.replaceAll('%', 'a'));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 8 }), text, (mask, number) => {
        expect(compileMask(mask)(number)).toBe(reference(mask, number));
      }),
      { numRuns: 3_000 },
    );
  });

  it('answers the worst masks against 128-character numbers at once, in the list, the counts and the export', () => {
    const gateway = emptyGateway();
    const long = `PL-MARKETPLACE-${'0123456789ABCDEF'.repeat(8)}`.slice(0, 128);
    // One success per order number: twenty long numbers that differ only in their last two characters.
    for (let i = 0; i < 20; i += 1) {
      gateway.createPaidOrder(LIVE, { ordernumber: `${long.slice(0, 126)}${String(i).padStart(2, '0')}` });
    }
    gateway.createPaidOrder(LIVE, { ordernumber: `${'a'.repeat(127)}!` });
    const worst = ['%%%%%%!', `${'%'.repeat(127)}!`, `%${'a%'.repeat(63)}`, `%${'0123456789ABCDEF%'.repeat(7)}X`];
    const started = performance.now();
    for (const ordernumber of worst) {
      gateway.listOrders(LIVE, OrderListQuery.parse({ ordernumber }));
      gateway.countOrders(LIVE, { ordernumber });
      const { chunks } = gateway.exportOrders(LIVE, OrderExportQuery.parse({ ordernumber }));
      for (let next = chunks.next(); !next.done; next = chunks.next());
    }
    // A regular expression takes minutes on the first mask alone.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(gateway.listOrders(LIVE, OrderListQuery.parse({ ordernumber: '%%%%%%!' })).total).toBe(1);
    expect(gateway.countOrders(LIVE, { ordernumber: '%0123456789abcdef%' }).all).toBe(20);
  });
});
