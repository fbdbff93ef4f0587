import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { advanceGatewayClock, MINUTE } from './support/gateway-clock';
import { pointNotificationsAt } from './support/notification-settings';
import { signInWithKeyboard } from './support/sign-in';

const NEW_TEST = '900402';
const NEW_LIVE = '600402';
/** A plain static page standing in for the shop's site, on a port of its own. */
const SHOP_PORT = Number(process.env.E2E_SHOP_SITE_PORT ?? 5630);
const SHOP = `http://127.0.0.1:${SHOP_PORT}`;
/** The demo shop (`npm run shop`) that Playwright starts beside the gateway: it receives the notifications. */
const RECEIVER = `http://127.0.0.1:${Number(process.env.E2E_SHOP_PORT ?? Number(process.env.E2E_PORT ?? 8787) + 300)}`;

/** Domain §9 with node:crypto: what a shop's own code computes. */
function requestCheckValue(secret: string, fields: string[]): string {
  const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');
  return md5((md5(secret) + md5(fields.join(';'))).toUpperCase()).toUpperCase();
}

/** The shop's pages: whatever form is put at a path, and its return pages. */
const pages = new Map<string, string>([
  ['/ok', '<h1>Спасибо, заказ оплачен</h1>'],
  ['/fail', '<h1>Оплата не прошла</h1>'],
]);
let shop: Server;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  shop = createServer((req, res) => {
    const body = pages.get(new URL(req.url ?? '/', SHOP).pathname);
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Полка. Детская</title></head><body><main>${body ?? 'Нет такой страницы'}</main></body></html>`,
    );
  });
  await new Promise<void>((resolve) => shop.listen(SHOP_PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => shop.close(() => resolve()));
});

async function signInAsAdmin(page: Page): Promise<void> {
  await page.goto('/login');
  await signInWithKeyboard(page, 'admin');
}

/** The helper's form as the shop puts it on its site: its own return pages instead of the sample ones. */
function onShopSite(form: string): string {
  return form
    .replace(/name="URL_RETURN_OK" value="[^"]*"/, `name="URL_RETURN_OK" value="${SHOP}/ok"`)
    .replace(/name="URL_RETURN_NO" value="[^"]*"/, `name="URL_RETURN_NO" value="${SHOP}/fail"`);
}

async function payOnPaymentPage(page: Page, pan: string): Promise<void> {
  await page.getByLabel('Номер карты').fill(pan);
  await page.getByLabel('Срок действия (ММ/ГГ)').fill('12/40');
  await page.getByLabel('CVC').fill('123');
  await page.getByRole('button', { name: /^Оплатить / }).click();
}

async function testPayment(page: Page, card: RegExp, twoStage: boolean): Promise<string> {
  await page.getByRole('radio', { name: twoStage ? /Двухстадийный/ : 'Одностадийный' }).check();
  await page.getByRole('combobox', { name: 'Тестовая карта' }).click();
  await page.getByRole('option', { name: card }).click();
  await page.getByRole('button', { name: 'Провести тестовый платёж' }).click();
  const done = page.getByRole('status').filter({ hasText: /^Заказ \d{16}/ });
  await expect(done).toBeVisible();
  return /Заказ (\d{16})/.exec((await done.textContent()) ?? '')![1]!;
}

test('a shop with only a test profile integrates, pays with test cards, signs, and goes live', async ({ page }) => {
  await signInAsAdmin(page);

  // The helper gives the form; the shop puts it on its site and a buyer pays with the approving card.
  await page.goto(`/p/${NEW_TEST}/integration`);
  await expect(page.getByRole('heading', { level: 1, name: 'Интеграция с платёжной страницей' })).toBeVisible();
  await expect(page).toHaveTitle(/^\[ТЕСТ\] /);
  await expect(page.locator('[data-testmode-banner]')).toBeVisible();
  await expect(page.locator('[data-testmode-frame]')).toBeAttached();
  await expectAccessible(page, 'integration helper');
  const form = onShopSite((await page.getByTestId('payment-form-html').textContent()) ?? '');
  expect(form).toContain(`name="Merchant_ID" value="${NEW_TEST}"`);
  pages.set('/checkout', form);
  pages.set(
    '/checkout-tampered',
    form
      .replace(/name="Checkvalue" value="[0-9A-F]{32}"/, `name="Checkvalue" value="${'0'.repeat(32)}"`)
      .replace(/ORDER-1001/, 'ORDER-BAD'),
  );

  await page.goto(`${SHOP}/checkout-tampered`);
  await page.getByRole('button', { name: 'Оплатить' }).click();
  await expect(page.getByRole('alert')).toContainText('Контрольное значение (Checkvalue) не совпадает');
  await expect(page.getByText('Заказ не создан.')).toBeVisible();
  await expectAccessible(page, 'refusal page');

  // Options: the shop's notification address, set in the settings; the payment below is told to it.
  await pointNotificationsAt(page, NEW_TEST, `${RECEIVER}/assist/notify`);

  await page.goto(`${SHOP}/checkout`);
  await page.getByRole('button', { name: 'Оплатить' }).click();
  await expect(page.getByRole('note')).toHaveText('Тестовый платеж');
  await expectAccessible(page, 'payment page');
  await payOnPaymentPage(page, '4111 1111 1111 1111');
  await expect(page).toHaveURL(new RegExp(`^${SHOP}/ok\\?ordernumber=ORDER-1001&billnumber=\\d{16}$`));
  await expect(page.getByRole('heading', { name: 'Спасибо, заказ оплачен' })).toBeVisible();
  const paid = new URL(page.url()).searchParams.get('billnumber')!;

  // Monitoring shows it, marked test; the tampered form made no order.
  const orders = await page.request.get(`/api/v1/profiles/${NEW_TEST}/orders?ordernumber=ORDER-BAD`);
  expect(((await orders.json()) as { total: number }).total).toBe(0);
  await page.goto(`/p/${NEW_TEST}/orders/${paid}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ORDER-1001');
  // Its result notification reached the shop, which verified it.
  const told = page.getByRole('region', { name: 'Уведомления магазину по заказу' });
  await expect(told).toContainText('Доставлено', { timeout: 15_000 });
  await expect(page.locator('[data-testmode-banner]')).toBeVisible();

  // Refund the paid order.
  await page.getByRole('button', { name: /^(Отменить…|Отменить с возвратом…)$/ }).click();
  const refund = page.getByRole('dialog');
  await refund.getByRole('button', { name: /^Отменить( и вернуть)? \d/ }).click();
  await expect(refund.getByRole('status')).toContainText('«Отменён»');
  await refund.getByRole('button', { name: 'Закрыть' }).click();

  // Declined and two-stage test payments from the cabinet; the two-stage one is confirmed.
  await page.goto(`/p/${NEW_TEST}/onboarding`);
  await expect(page.getByRole('heading', { level: 1, name: /Подключение/ })).toBeVisible();
  // The options step knows of the delivered notification.
  await expect(page.getByText(/Уведомление доставлено: есть$/)).toBeVisible();
  await testPayment(page, /4000 0000 0000 0002/, false);
  const held = await testPayment(page, /4111 1111 1111 1111/, true);
  await expectAccessible(page, 'going-live checklist');
  await page.goto(`/p/${NEW_TEST}/orders/${held}`);
  await page.getByRole('button', { name: 'Подтвердить…' }).click();
  const confirm = page.getByRole('dialog');
  await confirm.getByRole('button', { name: /^Подтвердить \d/ }).click();
  await expect(confirm.getByRole('status')).toContainText('Оплачен');
  await confirm.getByRole('button', { name: 'Закрыть' }).click();

  // Contracts, the switch request, the review on the gateway's clock.
  await page.goto(`/p/${NEW_TEST}/onboarding`);
  const step = (name: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
  await expect(step('2. Платёжная форма встроена на сайт').getByText('Выполнено', { exact: true })).toBeVisible();
  await expect(step('4. Тестовые платежи проведены').getByText('Выполнено', { exact: true })).toBeVisible();
  // Ticked once the gateway has it (the checkbox shows the server's state, not a hope).
  await page.getByRole('checkbox', { name: /Договоры с банком/ }).click();
  await expect(page.getByRole('checkbox', { name: /Договоры с банком/ })).toBeChecked();
  await expect(step('5. Договоры подписаны').getByText('Выполнено', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Запросить перевод в боевой режим' }).click();
  await expect(page.getByText(/Заявка на рассмотрении/)).toBeVisible();

  await advanceGatewayClock(page.request, 2 * 60 * MINUTE + MINUTE);
  await signInAsAdmin(page);
  await page.goto(`/p/${NEW_TEST}/onboarding`);
  const issued = page.getByRole('alert').filter({ hasText: 'Боевой профиль выдан' });
  await expect(issued).toBeVisible();
  await expect(issued.getByText(NEW_LIVE, { exact: true })).toBeVisible();
  const liveUrl = (await issued.getByText(/\/pay\/order$/).textContent())!;
  expect(liveUrl).not.toContain('/test/');
  const secretWord = (await issued.locator('code').nth(2).textContent())!;
  expect(secretWord).toMatch(/^[A-Za-z0-9]{20}$/);

  // The live profile: its own data, no test orders, no banner, no prefix.
  await page.goto(`/p/${NEW_LIVE}/orders`);
  await expect(page.getByRole('heading', { name: 'Заказы' })).toBeVisible();
  await expect(page.getByText('Заказов не найдено')).toBeVisible();
  await expect(page.locator('[data-testmode-banner]')).toHaveCount(0);
  await expect(page.locator('[data-testmode-frame]')).toHaveCount(0);
  await expect(page).not.toHaveTitle(/ТЕСТ/);
  await expectAccessible(page, 'live profile orders');

  // Its payment page, at the live URL, refuses the test card.
  const fields = [NEW_LIVE, 'LIVE-1', '500.00', 'RUB'];
  pages.set(
    '/checkout-live',
    `<form method="post" action="${liveUrl}"><input type="hidden" name="Merchant_ID" value="${NEW_LIVE}"><input type="hidden" name="OrderNumber" value="LIVE-1"><input type="hidden" name="OrderAmount" value="500.00"><input type="hidden" name="OrderCurrency" value="RUB"><input type="hidden" name="URL_RETURN_OK" value="${SHOP}/ok"><input type="hidden" name="URL_RETURN_NO" value="${SHOP}/fail"><input type="hidden" name="Checkvalue" value="${requestCheckValue(secretWord, fields)}"><button type="submit">Оплатить</button></form>`,
  );
  await page.goto(`${SHOP}/checkout-live`);
  await page.getByRole('button', { name: 'Оплатить' }).click();
  await expect(page.getByText('Тестовый платеж')).toHaveCount(0);
  await payOnPaymentPage(page, '4111 1111 1111 1111');
  await expect(page).toHaveURL(new RegExp(`^${SHOP}/fail\\?ordernumber=LIVE-1&`));
  const live = await page.request.get(`/api/v1/profiles/${NEW_LIVE}/orders?ordernumber=LIVE-1`);
  const items = ((await live.json()) as { items: { orderstate: string; testmode: boolean }[] }).items;
  expect(items).toMatchObject([{ orderstate: 'Declined', testmode: false }]);
});
