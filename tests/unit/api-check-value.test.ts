import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkValue, notificationCheckValue, requestCheckValue } from '@/api/check-value';

/** Computed independently with node:crypto, straight from the formula of domain §9. */
function reference(secret: string, fields: string): string {
  const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');
  return md5((md5(secret) + md5(fields)).toUpperCase()).toUpperCase();
}

describe('check value', () => {
  it('matches the formula for any secret and fields, Cyrillic included', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (secret, fields) => {
        expect(checkValue(secret, fields)).toBe(reference(secret, fields));
      }),
      { numRuns: 500 },
    );
  });

  it('signs a notification over merchant, order number, amount, currency and state without separator', () => {
    const fields = {
      merchantId: '900401',
      ordernumber: 'A-1',
      amount: '1500.00',
      currency: 'RUB',
      orderstate: 'Approved',
    };
    expect(notificationCheckValue('Секрет1', fields)).toBe(reference('Секрет1', '900401A-11500.00RUBApproved'));
  });

  it('signs a payment request over the four fields joined by ";"', () => {
    const fields = { merchantId: '900401', ordernumber: 'A-1', orderamount: '1500.00', ordercurrency: 'RUB' };
    expect(requestCheckValue('word', fields)).toBe(reference('word', '900401;A-1;1500.00;RUB'));
  });
});
