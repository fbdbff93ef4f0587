import { notificationCheckValue } from '@/api/check-value';
import type { NotificationKind } from '@/api/notifications';
import type { OrderDetail } from '@/api/orders';

/** The facts of an order a notification reports, frozen when the event happened. */
export interface NotificationFacts {
  kind: NotificationKind;
  merchantId: string;
  ordernumber: string;
  billnumber: string;
  orderamount: string;
  ordercurrency: string;
  /** The payment's own amount and currency (differ from the order's only after a conversion). */
  amount: string;
  currency: string;
  orderstate: string;
  testmode: boolean;
  responsecode: string;
  message: string;
  approvalcode: string;
  /** Epoch ms of the event. */
  packetdate: number;
}

/** Operation type codes (src/api/orders.ts) whose result each event reports. */
const OPERATION_OF: Record<Exclude<NotificationKind, 'test'>, readonly string[]> = {
  payment: ['100'],
  confirmation: ['200'],
  cancel: ['300'],
};

/** What the notification of an event says about the order as it stands after the event. */
export function factsOf(order: OrderDetail, merchantId: string, kind: Exclude<NotificationKind, 'test'>, at: number) {
  const operation = [...order.operations].reverse().find((op) => OPERATION_OF[kind].includes(op.type));
  const facts: NotificationFacts = {
    kind,
    merchantId,
    ordernumber: order.ordernumber,
    billnumber: order.billnumber,
    orderamount: order.orderamount,
    ordercurrency: order.ordercurrency,
    amount: order.amount ?? order.orderamount,
    currency: order.currency ?? order.ordercurrency,
    orderstate: order.orderstate,
    testmode: order.testmode,
    responsecode: operation?.responsecode ?? '',
    message: operation?.message ?? '',
    approvalcode: operation?.approvalcode ?? '',
    packetdate: at,
  };
  return facts;
}

/** A made-up approved order for "send a test notification": signed like any other. */
export function testFacts(merchantId: string, testmode: boolean, sequence: number, at: number): NotificationFacts {
  return {
    kind: 'test',
    merchantId,
    ordernumber: `TEST-${String(sequence).padStart(4, '0')}`,
    billnumber: '0000000000000000',
    orderamount: '1.00',
    ordercurrency: 'RUB',
    amount: '1.00',
    currency: 'RUB',
    orderstate: 'Approved',
    testmode,
    responsecode: 'AS000',
    message: 'Test notification',
    approvalcode: '',
    packetdate: at,
  };
}

/** Lower-case field names, in the order the gateway sends them (domain §9). */
export function notificationFields(facts: NotificationFacts, secret: string): [string, string][] {
  return [
    ['merchant_id', facts.merchantId],
    ['ordernumber', facts.ordernumber],
    ['billnumber', facts.billnumber],
    ['testmode', facts.testmode ? '1' : '0'],
    ['orderamount', facts.orderamount],
    ['ordercurrency', facts.ordercurrency],
    ['amount', facts.amount],
    ['currency', facts.currency],
    ['orderstate', facts.orderstate],
    ['responsecode', facts.responsecode],
    ['message', facts.message],
    ['approvalcode', facts.approvalcode],
    ['packetdate', new Date(facts.packetdate).toISOString()],
    ['event', facts.kind],
    ['checkvalue', notificationCheckValue(secret, facts)],
  ];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface EncodedMessage {
  contentType: string;
  body: string;
}

/** The form POST, or the same fields in a SOAP envelope when the shop asked for SOAP. */
export function encodeMessage(fields: [string, string][], protocol: 'POST' | 'SOAP'): EncodedMessage {
  if (protocol === 'POST') {
    return {
      contentType: 'application/x-www-form-urlencoded; charset=utf-8',
      body: new URLSearchParams(fields).toString(),
    };
  }
  const order = fields.map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`).join('');
  return {
    contentType: 'text/xml; charset=utf-8',
    body:
      '<?xml version="1.0" encoding="UTF-8"?>' +
      '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>' +
      `<orderresult><order>${order}</order></orderresult>` +
      '</soap:Body></soap:Envelope>',
  };
}
