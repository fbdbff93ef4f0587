import type { Integration } from '@/api/onboarding';

export interface SampleOrder {
  ordernumber: string;
  amount: string;
  currency: string;
  checkValue: string | null;
}

const attribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML form the shop puts on its site (domain §8): it sends the buyer to this profile's
 * payment page with the order's fields, the gateway's field names, and the order's check value.
 */
export function paymentFormHtml(integration: Integration, order: SampleOrder): string {
  const fields: [string, string | null][] = [
    ['Merchant_ID', integration.merchantId],
    ['OrderNumber', order.ordernumber],
    ['OrderAmount', order.amount],
    ['OrderCurrency', order.currency],
    ['Delay', '0'],
    ['URL_RETURN_OK', integration.returnUrlOk],
    ['URL_RETURN_NO', integration.returnUrlNo],
    ['Lastname', 'Иванова'],
    ['Firstname', 'Анна'],
    ['Email', 'buyer@example.com'],
    ['Checkvalue', order.checkValue],
  ];
  const inputs = fields
    .filter((field): field is [string, string] => field[1] !== null)
    .map(([name, value]) => `  <input type="hidden" name="${name}" value="${attribute(value)}">`);
  return [
    `<form method="post" action="${attribute(integration.paymentUrl)}" accept-charset="utf-8">`,
    ...inputs,
    '  <button type="submit">Оплатить</button>',
    '</form>',
  ].join('\n');
}
