import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../../../mocks/gateway/gateway';
import { MINUTE, HOUR } from '../../../mocks/gateway/clock';
import { ATTEMPT_OFFSETS_MS, MAX_ATTEMPTS } from '../../../mocks/gateway/notifications/retry-schedule';
import { createShopReceiver, type ShopReceiver } from '../../../mocks/shop/shop-receiver';
import { createShopServer } from '../../../mocks/shop/shop-server';
import { httpNotificationTransport } from '../../../mocks/standalone/notification-transport';

const TEST = '900401';
const SECRET = 'TestWord2026';

/** The check value straight from domain §9 with node:crypto, not the code under test. */
function reference(secret: string, fields: string): string {
  const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');
  return md5((md5(secret) + md5(fields)).toUpperCase()).toUpperCase();
}

let shop: ShopReceiver;
let server: Server;
let url: string;
let gateway: Gateway;

async function listen(target: Server): Promise<number> {
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  return (target.address() as AddressInfo).port;
}

function pointAt(target: string, protocol: 'POST' | 'SOAP' = 'POST') {
  const current = gateway.settings.get(TEST, 'notifications');
  gateway.settings.replace(TEST, 'notifications', { ...current, enabled: true, url: target, protocol });
}

const list = () => gateway.notifications.list(TEST, { page: 1, pageSize: 50 }).items;

beforeEach(async () => {
  shop = createShopReceiver({ secret: SECRET });
  server = createShopServer(shop);
  url = `http://127.0.0.1:${await listen(server)}/assist/notify`;
  gateway = gatewayWaiting(5000);
});

/** A shop that stays silent is waited for this long; short where the test expects silence. */
function gatewayWaiting(timeoutMs: number): Gateway {
  gateway = createGateway({
    seed: 1,
    liveOrders: 20,
    testOrders: 20,
    now: '2026-11-28T09:00:00Z',
    notificationTransport: httpNotificationTransport(),
    notificationTimeoutMs: timeoutMs,
  });
  pointAt(url);
  return gateway;
}

afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('result notifications over real HTTP', () => {
  it('posts the lower-case form of §9 with both amount pairs, testmode and a check value node:crypto agrees with', async () => {
    const order = gateway.createPaidOrder(TEST, { ordernumber: 'N-1', amount: '1500.00' });
    await gateway.notifications.idle();

    const [received] = shop.received();
    expect(received?.format).toBe('POST');
    expect(received?.fields).toMatchObject({
      merchant_id: TEST,
      ordernumber: 'N-1',
      billnumber: order.billnumber,
      orderamount: '1500.00',
      ordercurrency: 'RUB',
      amount: '1500.00',
      currency: 'RUB',
      orderstate: 'Approved',
      testmode: '1',
      responsecode: 'AS000',
    });
    expect(received?.fields.checkvalue).toBe(reference(SECRET, `${TEST}N-11500.00RUBApproved`));
    expect(received?.verified).toBe(true);

    const [logged] = list();
    expect(logged).toMatchObject({ status: 'delivered', kind: 'payment', attemptCount: 1 });
    expect(logged?.attempts[0]).toMatchObject({ outcome: 'delivered', responseStatus: 200, trigger: 'event' });
    expect(logged?.attempts[0]?.responseBody).toContain('<pushpaymentresult firstcode="0" secondcode="0">');
    expect(logged?.attempts[0]?.requestBody).toContain(`checkvalue=${received?.fields.checkvalue}`);
  });

  it('sends SOAP when the settings say so, and the shop verifies it too', async () => {
    pointAt(url, 'SOAP');
    gateway.createPaidOrder(TEST, { ordernumber: 'S-1', amount: '10.00' });
    await gateway.notifications.idle();
    expect(shop.received()[0]).toMatchObject({ format: 'SOAP', verified: true, answer: 'acknowledged' });
    expect(list()[0]?.status).toBe('delivered');
  });

  it('sends nothing for events the settings leave out, nor when notifications are off', async () => {
    const current = gateway.settings.get(TEST, 'notifications');
    gateway.settings.replace(TEST, 'notifications', { ...current, events: ['confirmation'] });
    gateway.createPaidOrder(TEST, { amount: '10.00' });
    gateway.settings.replace(TEST, 'notifications', { ...current, enabled: false });
    gateway.createPaidOrder(TEST, { amount: '11.00' });
    await gateway.notifications.idle();
    expect(shop.received()).toHaveLength(0);
    expect(list()).toHaveLength(0);
  });

  it('notifies a confirmation and a cancel as they are applied', async () => {
    const order = gateway.createPaidOrder(TEST, { delay: true, amount: '700.00' });
    gateway.confirm(TEST, order.billnumber, {}, { user: 'admin', ip: '127.0.0.1' });
    await gateway.notifications.idle();
    expect(shop.received().map((entry) => [entry.fields.event, entry.fields.orderstate])).toEqual([
      ['payment', 'Delayed'],
      ['confirmation', 'Approved'],
    ]);
    expect(gateway.notifications.ofOrder(TEST, order.billnumber)).toHaveLength(2);
  });

  it('retries a shop that does not answer on the schedule of the gateway clock, then gives up after 8 attempts', async () => {
    shop.setMode('silent');
    gatewayWaiting(300);
    gateway.createPaidOrder(TEST, { amount: '10.00' });
    await gateway.notifications.idle();
    expect(list()[0]).toMatchObject({ status: 'failing', attemptCount: 1 });
    expect(list()[0]?.attempts[0]).toMatchObject({
      outcome: 'no-answer',
      responseStatus: null,
      error: 'timeout after 300 ms',
    });

    const start = Date.parse(list()[0]!.createdAt);
    expect(Date.parse(list()[0]!.nextAttemptAt!)).toBe(start + MINUTE);
    // Not yet due: nothing is sent.
    gateway.clock.advance(MINUTE - 1);
    await gateway.notifications.processDue();
    expect(list()[0]?.attemptCount).toBe(1);

    gateway.clock.advance(1);
    await gateway.notifications.processDue();
    expect(list()[0]?.attemptCount).toBe(2);
    expect(gateway.notifications.health(TEST)).toMatchObject({ consecutiveFailures: 2, warning: false });

    gateway.clock.advance(4 * HOUR);
    await gateway.notifications.processDue();
    const [given] = list();
    expect(given).toMatchObject({ status: 'given-up', attemptCount: MAX_ATTEMPTS, nextAttemptAt: null });
    expect(shop.received()).toHaveLength(MAX_ATTEMPTS);
    expect(gateway.notifications.health(TEST)).toMatchObject({ consecutiveFailures: 8, undelivered: 1, warning: true });
  });

  it('spreads the 8 attempts over 4 hours at growing intervals', () => {
    expect(ATTEMPT_OFFSETS_MS).toHaveLength(8);
    expect(ATTEMPT_OFFSETS_MS.at(-1)).toBe(4 * HOUR);
    const gaps = ATTEMPT_OFFSETS_MS.slice(1).map((offset, index) => offset - ATTEMPT_OFFSETS_MS[index]!);
    gaps.slice(1).forEach((gap, index) => expect(gap).toBeGreaterThan(gaps[index]!));
  });

  it('does not retry an error answer', async () => {
    shop.setMode('error');
    gateway.createPaidOrder(TEST, { amount: '10.00' });
    await gateway.notifications.idle();
    gateway.clock.advance(5 * HOUR);
    await gateway.notifications.processDue();
    expect(list()[0]).toMatchObject({ status: 'refused', attemptCount: 1, nextAttemptAt: null });
    expect(list()[0]?.attempts[0]).toMatchObject({ outcome: 'error-answer', responseStatus: 500 });
  });

  it('counts a refused connection as no answer', async () => {
    const closed = createShopServer(createShopReceiver({ secret: SECRET }));
    const port = await listen(closed);
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    pointAt(`http://127.0.0.1:${port}/notify`);
    gateway.createPaidOrder(TEST, { amount: '10.00' });
    await gateway.notifications.idle();
    expect(list()[0]?.attempts[0]).toMatchObject({ outcome: 'no-answer', error: 'connection refused' });
  });

  it('resends one notification and all failed ones of a period; a resend starts a new round', async () => {
    shop.setMode('silent');
    gatewayWaiting(300);
    gateway.createPaidOrder(TEST, { amount: '10.00' });
    gateway.createPaidOrder(TEST, { amount: '11.00' });
    await gateway.notifications.idle();
    expect(list().map((n) => n.status)).toEqual(['failing', 'failing']);

    shop.setMode('acknowledge');
    const one = await gateway.notifications.resend(TEST, list()[1]!.id);
    expect(one).toMatchObject({ status: 'delivered', attemptCount: 2, nextAttemptAt: null });
    expect(one.attempts[1]?.trigger).toBe('manual');

    const now = new Date(gateway.clock.now());
    const result = await gateway.notifications.resendFailed(TEST, {
      from: new Date(now.getTime() - HOUR).toISOString(),
      to: now.toISOString(),
    });
    expect(result).toEqual({ resent: 1, delivered: 1 });
    expect(list().map((n) => n.status)).toEqual(['delivered', 'delivered']);
    expect(gateway.notifications.health(TEST)).toMatchObject({ consecutiveFailures: 0, warning: false });
  });

  it('signs with the new secret word at once after a rotation', async () => {
    gateway.settings.setSecretWord(TEST, 'NewWord2026!', 3);
    const sent = await gateway.notifications.sendTest(TEST);
    // The shop still has the old word: it cannot verify and says so.
    expect(sent).toMatchObject({ kind: 'test', status: 'refused' });
    expect(shop.received()[0]?.verified).toBe(false);

    shop.setSecret('NewWord2026!');
    const again = await gateway.notifications.resend(TEST, sent!.id);
    expect(again.status).toBe('delivered');
    const fields = shop.received()[1]!.fields;
    expect(fields.checkvalue).toBe(reference('NewWord2026!', `${TEST}${fields.ordernumber}1.00RUBApproved`));
  });

  it('has nothing to send a test notification to without a URL', async () => {
    const current = gateway.settings.get(TEST, 'notifications');
    gateway.settings.replace(TEST, 'notifications', { ...current, url: null });
    await expect(gateway.notifications.sendTest(TEST)).rejects.toMatchObject({ code: 'notification-url-missing' });
  });

  it('filters the log by status, order and period', async () => {
    const first = gateway.createPaidOrder(TEST, { ordernumber: 'F-1', amount: '10.00' });
    await gateway.notifications.idle();
    shop.setMode('error');
    gateway.clock.advance(HOUR);
    gateway.createPaidOrder(TEST, { ordernumber: 'F-2', amount: '10.00' });
    await gateway.notifications.idle();
    const query = (filters: object) =>
      gateway.notifications.list(TEST, { page: 1, pageSize: 50, ...filters }).items.map((n) => n.ordernumber);
    expect(query({ status: 'refused' })).toEqual(['F-2']);
    expect(query({ order: first.billnumber })).toEqual(['F-1']);
    expect(query({ order: 'F-2' })).toEqual(['F-2']);
    expect(query({ to: new Date(gateway.clock.now() - 30 * MINUTE).toISOString() })).toEqual(['F-1']);
  });
});
