import { notificationCheckValue } from '@/api/check-value';
import { OrderListQuery, type OrderSummary } from '@/api/orders';
import { FIRSTCODE, SECONDCODE } from '../errors';
import type { Gateway } from '../gateway';
import { escapeXml, xmlFields } from './xml';

/** What a web service answers: an HTTP status and the gateway's XML result. */
export interface ServiceAnswer {
  status: number;
  body: string;
  /** Seconds until a throttled login may call again. */
  retryAfter?: number;
}

const SERVICE = 'orderstate';

function result(status: number, firstcode: number, secondcode: number, inner = '', message?: string): ServiceAnswer {
  const attributes = `firstcode="${firstcode}" secondcode="${secondcode}"${message ? ` message="${escapeXml(message)}"` : ''}`;
  return { status, body: `<?xml version="1.0" encoding="UTF-8"?><result ${attributes}>${inner}</result>` };
}

/** Field names of the gateway's forms are matched whatever their case (Merchant_ID, merchant_id). */
function field(fields: URLSearchParams, name: string): string {
  for (const [key, value] of fields) if (key.toLowerCase() === name) return value.trim();
  return '';
}

function orderXml(gateway: Gateway, profileId: string, order: OrderSummary): string {
  const secret = gateway.settings.notificationSecretWord(profileId);
  const amount = order.amount ?? order.orderamount;
  const currency = order.currency ?? order.ordercurrency;
  const signed = {
    merchantId: profileId,
    ordernumber: order.ordernumber,
    amount,
    currency,
    orderstate: order.orderstate,
  };
  return `<order>${xmlFields({
    ordernumber: order.ordernumber,
    billnumber: order.billnumber,
    orderstate: order.orderstate,
    orderdate: order.orderdate,
    orderamount: order.orderamount,
    ordercurrency: order.ordercurrency,
    amount,
    currency,
    testmode: order.testmode ? '1' : '0',
    checkvalue: secret === null ? '' : notificationCheckValue(secret, signed),
  })}</order>`;
}

/**
 * The order-state web service (domain §7): a shop's server POSTs Merchant_ID, Login, Password and
 * Ordernumber and gets every order under that number with its state, signed with the check value
 * of §9 over the newest secret word. The account must be an active web-service account of that
 * profile; every call, answered or refused, is in the audit log under the account's login.
 */
export function answerOrderState(gateway: Gateway, fields: URLSearchParams, ip: string): ServiceAnswer {
  const merchantId = field(fields, 'merchant_id');
  const login = field(fields, 'login');
  const password = field(fields, 'password');
  const ordernumber = field(fields, 'ordernumber');
  const missing = [
    ['Merchant_ID', merchantId],
    ['Login', login],
    ['Password', password],
    ['Ordernumber', ordernumber],
  ].find(([, value]) => value === '');
  if (missing) return result(400, FIRSTCODE.missingParameter, 0, '', `Не указан параметр ${missing[0]}`);
  if (ordernumber.length > 128) return result(400, FIRSTCODE.badFormat, 0, '', 'Ordernumber длиннее 128 символов');

  const audit = (outcome: 'applied' | 'refused' | 'locked', code?: string) =>
    gateway.trail.emit({
      action: 'web-service-call',
      outcome,
      login,
      ip,
      target: SERVICE,
      detail: `ordernumber ${ordernumber}`,
      ...(gateway.hasProfile(merchantId) ? { profileId: merchantId } : {}),
      ...(code ? { code } : {}),
    });

  // An unknown Merchant_ID is answered like a wrong password: the answer says nothing about who exists.
  const auth = gateway.hasProfile(merchantId)
    ? gateway.webServiceAccounts.authenticate(merchantId, login, password)
    : ({ ok: false, reason: 'wrong-credentials' } as const);
  if (!auth.ok) {
    switch (auth.reason) {
      case 'throttled':
        audit('locked', 'locked');
        return {
          ...result(429, FIRSTCODE.limits, 3, '', 'Слишком много неудачных попыток: повторите позже'),
          retryAfter: auth.retryAfterSeconds,
        };
      case 'disabled':
        audit('refused', 'account-disabled');
        return result(403, FIRSTCODE.accessDenied, 0, '', 'Учётная запись веб-сервисов отключена');
      default:
        audit('refused', 'unauthenticated');
        return result(401, FIRSTCODE.authentication, 0, '', 'Неверный Merchant_ID, логин или пароль');
    }
  }

  const query = OrderListQuery.parse({ ordernumber, pageSize: 100 });
  const orders = gateway.listOrders(merchantId, query).items.filter((order) => order.ordernumber === ordernumber);
  if (orders.length === 0) {
    audit('refused', 'not-found');
    return result(404, FIRSTCODE.notFound, SECONDCODE.order, '', `Заказ ${ordernumber} не найден`);
  }
  audit('applied');
  return result(200, 0, 0, orders.map((order) => orderXml(gateway, merchantId, order)).join(''));
}
