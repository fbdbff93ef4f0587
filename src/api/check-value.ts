import { md5 } from '@noble/hashes/legacy.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The gateway's check value (domain §9), the same in the browser (integration helper), the mock
 * gateway (requests and notifications) and the demo shop:
 * `UPPER(MD5(UPPER(MD5(secret) + MD5(fields))))`, MD5 as lower-case hex of the UTF-8 bytes.
 */
export function checkValue(secret: string, fields: string): string {
  const hex = (text: string) => bytesToHex(md5(utf8ToBytes(text)));
  return hex((hex(secret) + hex(fields)).toUpperCase()).toUpperCase();
}

/** What a result notification (and an order status answer) is signed over: no separator. */
export interface NotificationSignedFields {
  merchantId: string;
  ordernumber: string;
  /** The payment's own amount, e.g. "1500.00". */
  amount: string;
  currency: string;
  orderstate: string;
}

export function notificationCheckValue(secret: string, fields: NotificationSignedFields): string {
  return checkValue(
    secret,
    fields.merchantId + fields.ordernumber + fields.amount + fields.currency + fields.orderstate,
  );
}

/** What a shop's payment request is signed over: joined by ";" as public client libraries do. */
export interface RequestSignedFields {
  merchantId: string;
  ordernumber: string;
  orderamount: string;
  ordercurrency: string;
}

export function requestCheckValue(secret: string, fields: RequestSignedFields): string {
  return checkValue(
    secret,
    [fields.merchantId, fields.ordernumber, fields.orderamount, fields.ordercurrency].join(';'),
  );
}
