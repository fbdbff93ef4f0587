import { describe, expect, it } from 'vitest';
import { notificationCheckValue, requestCheckValue } from '@/api/check-value';
import type { Integration } from '@/api/onboarding';
import { paymentFormHtml } from '@/features/integration/model/payment-form-html';

/** Computed outside this code base with coreutils: `printf '%s' … | md5sum`, upper-cased as domain §9 says. */
const VECTORS = [
  {
    secret: 'TestWord2026',
    fields: ['900402', 'ORDER-1001', '1500.00', 'RUB'],
    value: 'A16DC302DFF8DFBD31F493826ABD7DD3',
  },
  { secret: 'LiveWord2026', fields: ['600401', 'Заказ №7', '12.5', 'EUR'], value: '8092E8FCCB3EA2E24C23D15DE53605B4' },
];

const INTEGRATION: Integration = {
  profileId: '900402',
  mode: 'test',
  merchantId: '900402',
  paymentUrl: 'http://127.0.0.1:5330/test/pay/order',
  requireCheckValue: false,
  secretWordSet: true,
  returnUrlOk: 'http://shop.example/ok?a=1&b="2"',
  returnUrlNo: null,
};

describe('the payment form’s check value', () => {
  it.each(VECTORS)('matches the independently computed vector for $fields.1', ({ secret, fields, value }) => {
    const [merchantId, ordernumber, orderamount, ordercurrency] = fields as [string, string, string, string];
    expect(requestCheckValue(secret, { merchantId, ordernumber, orderamount, ordercurrency })).toBe(value);
  });

  it('matches the vector of the helper’s worked notification example', () => {
    expect(
      notificationCheckValue('ExampleWord', {
        merchantId: '900402',
        ordernumber: 'ORDER-1001',
        amount: '1500.00',
        currency: 'RUB',
        orderstate: 'Approved',
      }),
    ).toBe('AD9B6E946718C1262DE165CE27AD47CC');
  });
});

describe('the helper’s HTML form', () => {
  it('posts to the profile’s payment page with the gateway’s field names and the order’s check value', () => {
    const html = paymentFormHtml(INTEGRATION, {
      ordernumber: 'ORDER-1001',
      amount: '1500.00',
      currency: 'RUB',
      checkValue: VECTORS[0]!.value,
    });
    expect(html.split('\n')[0]).toBe(
      '<form method="post" action="http://127.0.0.1:5330/test/pay/order" accept-charset="utf-8">',
    );
    expect(html).toContain('<input type="hidden" name="Merchant_ID" value="900402">');
    expect(html).toContain(`<input type="hidden" name="Checkvalue" value="${VECTORS[0]!.value}">`);
    // Values are attribute-escaped; a missing URL is left out rather than sent empty.
    expect(html).toContain('value="http://shop.example/ok?a=1&amp;b=&quot;2&quot;"');
    expect(html).not.toContain('URL_RETURN_NO');
  });

  it('leaves the check value out when the profile has no secret word', () => {
    const html = paymentFormHtml(INTEGRATION, { ordernumber: 'A', amount: '1.00', currency: 'RUB', checkValue: null });
    expect(html).not.toContain('Checkvalue');
  });
});
