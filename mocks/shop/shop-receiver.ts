import { notificationCheckValue } from '@/api/check-value';

/**
 * The demo shop's side of a result notification (domain §9), without HTTP: read the fields,
 * verify the check value with the shop's secret word, answer as a shop module does. The demo
 * shop's server and the in-page demo's built-in receiver both use it.
 */

/** `acknowledge`: answer the gateway's format; `error`: an error answer; `silent`: no answer at all. */
export const SHOP_MODES = ['acknowledge', 'error', 'silent'] as const;
export type ShopMode = (typeof SHOP_MODES)[number];

export const isShopMode = (value: unknown): value is ShopMode =>
  typeof value === 'string' && (SHOP_MODES as readonly string[]).includes(value);

export interface ReceivedNotification {
  /** When the shop got it (the shop's own clock). */
  receivedAt: string;
  format: 'POST' | 'SOAP';
  fields: Record<string, string>;
  /** Whether the check value matched, and over which amount pair. */
  verified: boolean;
  verifiedOver: 'amount' | 'orderamount' | null;
  answer: 'acknowledged' | 'rejected' | 'error' | 'none';
}

export interface ShopAnswer {
  status: number;
  contentType: string;
  body: string;
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Form fields of a POST, or the elements of a SOAP envelope's order. */
export function readNotification(
  contentType: string,
  body: string,
): { format: 'POST' | 'SOAP'; fields: Record<string, string> } {
  if (/xml/i.test(contentType) || body.trimStart().startsWith('<')) {
    const fields: Record<string, string> = {};
    for (const [, name, value] of body.matchAll(/<([a-z_]+)>([^<]*)<\/\1>/g)) fields[name!] = unescapeXml(value!);
    return { format: 'SOAP', fields };
  }
  return { format: 'POST', fields: Object.fromEntries(new URLSearchParams(body)) };
}

/** Public shop modules verify over amount+currency or orderamount+ordercurrency: either passes. */
export function verifyNotification(secret: string, fields: Record<string, string>): 'amount' | 'orderamount' | null {
  const expected = (fields.checkvalue ?? '').toUpperCase();
  const over = (amount: string | undefined, currency: string | undefined) =>
    notificationCheckValue(secret, {
      merchantId: fields.merchant_id ?? '',
      ordernumber: fields.ordernumber ?? '',
      amount: amount ?? '',
      currency: currency ?? '',
      orderstate: fields.orderstate ?? '',
    }) === expected;
  if (expected === '') return null;
  if (over(fields.amount, fields.currency)) return 'amount';
  if (over(fields.orderamount, fields.ordercurrency)) return 'orderamount';
  return null;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function pushPaymentResult(firstcode: number, secondcode: number, fields: Record<string, string>): string {
  return (
    `<pushpaymentresult firstcode="${firstcode}" secondcode="${secondcode}"><order>` +
    `<billnumber>${escapeXml(fields.billnumber ?? '')}</billnumber>` +
    `<packetdate>${escapeXml(fields.packetdate ?? '')}</packetdate>` +
    '</order></pushpaymentresult>'
  );
}

export interface ShopReceiver {
  /** The shop's answer, or null when it stays silent. */
  receive(contentType: string, body: string): ShopAnswer | null;
  received(): ReceivedNotification[];
  clear(): void;
  mode(): ShopMode;
  setMode(mode: ShopMode): void;
  setSecret(secret: string): void;
}

export function createShopReceiver(init: { secret: string; mode?: ShopMode; now?: () => number }): ShopReceiver {
  let secret = init.secret;
  let mode: ShopMode = init.mode ?? 'acknowledge';
  const now = init.now ?? (() => Date.now());
  const log: ReceivedNotification[] = [];

  return {
    receive(contentType, body) {
      const { format, fields } = readNotification(contentType, body);
      const verifiedOver = verifyNotification(secret, fields);
      const entry: ReceivedNotification = {
        receivedAt: new Date(now()).toISOString(),
        format,
        fields,
        verified: verifiedOver !== null,
        verifiedOver,
        answer: 'none',
      };
      log.push(entry);
      if (mode === 'silent') return null;
      if (mode === 'error') {
        entry.answer = 'error';
        return { status: 500, contentType: 'text/plain; charset=utf-8', body: 'Internal shop error' };
      }
      // A shop that cannot verify the check value must not take the result for true.
      entry.answer = entry.verified ? 'acknowledged' : 'rejected';
      return {
        status: 200,
        contentType: 'text/xml; charset=utf-8',
        body: entry.verified ? pushPaymentResult(0, 0, fields) : pushPaymentResult(1, 9, fields),
      };
    },
    received: () => log.map((entry) => ({ ...entry, fields: { ...entry.fields } })),
    clear: () => void log.splice(0),
    mode: () => mode,
    setMode(next) {
      mode = next;
    },
    setSecret(next) {
      secret = next;
    },
  };
}
