import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getGateway, resetGateway } from '../../../mocks/runtime';
import { startServer, type Running } from './server';

/** Domain §9 computed with node:crypto, independently of src/api/check-value.ts. */
function signed(secret: string, fields: string[]): string {
  const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');
  return md5((md5(secret) + md5(fields.join(';'))).toUpperCase()).toUpperCase();
}

const TEST = { id: '900401', word: 'TestWord2026', path: '/test/pay/order' };
const LIVE = { id: '600401', word: 'LiveWord2026', path: '/pay/order' };

let running: Running;
let serial = 0;

interface ShopForm {
  profile: typeof TEST;
  ordernumber?: string;
  amount?: string;
  delay?: '0' | '1';
  checkvalue?: string | null;
  path?: string;
}

function shopForm({ profile, ordernumber, amount = '1500.00', delay, checkvalue, path }: ShopForm) {
  const number = ordernumber ?? `SHOP-${(serial += 1)}`;
  const fields: Record<string, string> = {
    Merchant_ID: profile.id,
    OrderNumber: number,
    OrderAmount: amount,
    OrderCurrency: 'RUB',
    Lastname: 'Петрова',
    Email: 'buyer@example.com',
  };
  if (delay) fields.Delay = delay;
  const value = checkvalue === undefined ? signed(profile.word, [profile.id, number, amount, 'RUB']) : checkvalue;
  if (value !== null) fields.Checkvalue = value;
  return { number, post: () => post(path ?? profile.path, fields) };
}

function post(path: string, fields: Record<string, string>) {
  return fetch(`${running.origin}${path}`, {
    method: 'POST',
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });
}

const get = (path: string) => fetch(`${running.origin}${path}`, { redirect: 'manual' });

/** The shop's form, then the card form with the given card; returns the last answer. */
async function payWith(form: ReturnType<typeof shopForm>, pan: string) {
  const arrived = await form.post();
  expect(arrived.status).toBe(303);
  const cardPage = arrived.headers.get('location')!;
  const paid = await post(cardPage, { pan, expiry: '12/40', cvc: '123', cardholder: 'ANNA PETROVA' });
  return { cardPage, paid };
}

const ordersOf = (profileId: string, ordernumber: string) =>
  getGateway()
    .records(profileId)
    .filter((order) => order.ordernumber === ordernumber);

describe('the payment page of the standalone gateway', () => {
  beforeAll(async () => {
    running = await startServer();
  });
  afterAll(() => running.close());
  beforeEach(() => {
    resetGateway({ liveOrders: 0, testOrders: 0 });
  });

  it('takes the shop’s signed form, shows the test card form, pays and sends the buyer to the return URL', async () => {
    const form = shopForm({ profile: TEST });
    const arrived = await form.post();
    expect(arrived.status).toBe(303);
    const cardPage = arrived.headers.get('location')!;
    expect(cardPage).toMatch(/^\/test\/pay\/order\/card\/[0-9a-f-]{36}$/);
    const [order] = ordersOf(TEST.id, form.number);
    expect(order?.state).toBe('In Process');

    const page = await get(cardPage);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("form-action 'self' http: https:");
    const text = await page.text();
    expect(text).toContain('<div class="test-badge" role="note">Тестовый платеж</div>');
    expect(text).toContain('1500.00 RUB');

    const paid = await post(cardPage, { pan: '4111 1111 1111 1111', expiry: '12/40', cvc: '123', cardholder: '' });
    expect(paid.status).toBe(303);
    const target = new URL(paid.headers.get('location')!);
    expect(`${target.origin}${target.pathname}`).toBe('http://localhost:4010/payment/ok');
    expect(target.searchParams.get('ordernumber')).toBe(form.number);
    expect(target.searchParams.get('billnumber')).toBe(order!.billnumber);
    expect(order!.state).toBe('Approved');
    expect(getGateway().onboarding.visits.of(TEST.id)).toMatchObject([{ signed: true, source: 'shop-form' }]);
  });

  it('refuses a wrong check value with a clear page and makes no order, even where none is required', async () => {
    const form = shopForm({ profile: TEST, checkvalue: signed('NotTheWord', ['900401', 'X', '1500.00', 'RUB']) });
    const answer = await form.post();
    expect(answer.status).toBe(403);
    const text = await answer.text();
    expect(text).toContain('Контрольное значение (Checkvalue) не совпадает');
    expect(text).toContain('Заказ не создан');
    expect(ordersOf(TEST.id, form.number)).toHaveLength(0);
  });

  it('refuses a missing check value where the profile requires one (live), and makes no order', async () => {
    const form = shopForm({ profile: LIVE, checkvalue: null });
    const answer = await form.post();
    expect(answer.status).toBe(403);
    expect(await answer.text()).toContain('без контрольного значения');
    expect(ordersOf(LIVE.id, form.number)).toHaveLength(0);
  });

  it('accepts an unsigned form where the profile does not require a check value, but it does not count as integrated', async () => {
    const form = shopForm({ profile: TEST, checkvalue: null });
    expect((await form.post()).status).toBe(303);
    expect(getGateway().onboarding.visits.of(TEST.id)).toMatchObject([{ signed: false }]);
  });

  it('sends a test Merchant_ID posted to the live address away, and the reverse', async () => {
    const test = await shopForm({ profile: TEST, path: LIVE.path }).post();
    expect(test.status).toBe(400);
    expect(await test.text()).toContain('не на тот адрес');
    expect((await shopForm({ profile: LIVE, path: TEST.path }).post()).status).toBe(400);
  });

  it('declines the declining card, and a retry of the same order number gets a new billnumber', async () => {
    const form = shopForm({ profile: TEST });
    const first = await payWith(form, '4000000000000002');
    expect(new URL(first.paid.headers.get('location')!).pathname).toBe('/payment/fail');
    const retry = await payWith(form, '4111111111111111');
    expect(new URL(retry.paid.headers.get('location')!).pathname).toBe('/payment/ok');
    const orders = ordersOf(TEST.id, form.number);
    expect(orders.map((order) => order.state)).toEqual(['Declined', 'Approved']);
    expect(orders[0]!.billnumber).not.toBe(orders[1]!.billnumber);
    // Paid now: a third attempt under the number is refused before any order is made.
    const third = await form.post();
    expect(third.status).toBe(409);
    expect(ordersOf(TEST.id, form.number)).toHaveLength(2);
  });

  it('asks the 3-D Secure card for its code, refuses a wrong one, then approves', async () => {
    const form = shopForm({ profile: TEST });
    const { cardPage, paid } = await payWith(form, '4000000000003220');
    expect(paid.headers.get('location')).toBe(`${cardPage}/3ds`);
    expect(await (await get(`${cardPage}/3ds`)).text()).toContain('Подтверждение 3-D Secure');
    expect((await post(`${cardPage}/3ds`, { code: '00000' })).status).toBe(422);
    expect(ordersOf(TEST.id, form.number)[0]!.state).toBe('In Process');
    const passed = await post(`${cardPage}/3ds`, { code: '12345' });
    expect(new URL(passed.headers.get('location')!).pathname).toBe('/payment/ok');
    expect(ordersOf(TEST.id, form.number)[0]!.threeds).toBe('Y');
  });

  it('closes the timing-out card’s order by timeout', async () => {
    const form = shopForm({ profile: TEST });
    const { paid } = await payWith(form, '4000000000000119');
    expect(new URL(paid.headers.get('location')!).pathname).toBe('/payment/fail');
    expect(ordersOf(TEST.id, form.number)[0]!.state).toBe('Timeout');
  });

  it('holds a two-stage payment (Delay=1) until the shop confirms', async () => {
    const form = shopForm({ profile: TEST, delay: '1' });
    await payWith(form, '4111111111111111');
    expect(ordersOf(TEST.id, form.number)[0]!.state).toBe('Delayed');
  });

  it('refuses a test card on the live profile', async () => {
    const form = shopForm({ profile: LIVE });
    const { cardPage, paid } = await payWith(form, '4111111111111111');
    expect(new URL(paid.headers.get('location')!).pathname).toBe('/payment/fail');
    const [order] = ordersOf(LIVE.id, form.number);
    expect(order!.state).toBe('Declined');
    expect(order!.operations[0]!.responsecode).toBe('AS109');
    const result = await (await get(cardPage)).text();
    expect(result).not.toContain('Тестовый платеж');
    expect(result).toContain('Тестовая карта не принимается');
  });

  it('shows its own result page when the settings say so, and a resent card form charges nothing twice', async () => {
    const payments = getGateway().settings.get(TEST.id, 'payments');
    getGateway().settings.replace(TEST.id, 'payments', { ...payments, afterPayment: 'result-page' });
    const form = shopForm({ profile: TEST });
    const { cardPage, paid } = await payWith(form, '4111111111111111');
    expect(paid.headers.get('location')).toBe(`${cardPage}/result`);
    const result = await (await get(`${cardPage}/result`)).text();
    expect(result).toContain('Оплата прошла');
    expect(result).toContain('Вернуться в магазин');
    const again = await post(cardPage, { pan: '4111111111111111', expiry: '12/40', cvc: '123' });
    expect(again.headers.get('location')).toBe(`${cardPage}/result`);
    expect(ordersOf(TEST.id, form.number)[0]!.operations).toHaveLength(1);
  });

  it('points at the field at fault: a mistyped card number, a lapsed expiry', async () => {
    const arrived = await shopForm({ profile: TEST }).post();
    const cardPage = arrived.headers.get('location')!;
    const badNumber = await post(cardPage, { pan: '4111111111111112', expiry: '12/40', cvc: '123' });
    expect(badNumber.status).toBe(422);
    expect(await badNumber.text()).toContain('Номер карты введён неверно');
    const lapsed = await post(cardPage, { pan: '4111111111111111', expiry: '01/20', cvc: '123' });
    expect(await lapsed.text()).toContain('Срок действия');
  });

  it('answers an unknown payment session with 404 and escapes what the shop sent', async () => {
    expect((await get('/test/pay/order/card/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    const answer = await post(TEST.path, { Merchant_ID: '900401', OrderNumber: '<script>', OrderAmount: 'x' });
    expect(answer.status).toBe(400);
    expect(await answer.text()).not.toContain('<script>');
  });
});
