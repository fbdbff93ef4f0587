import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { advanceGatewayClock, MINUTE } from './support/gateway-clock';
import { pointNotificationsAt } from './support/notification-settings';
import { signInWithKeyboard } from './support/sign-in';

const TEST = '900401';
const SHOP = `http://127.0.0.1:${Number(process.env.E2E_SHOP_PORT ?? Number(process.env.E2E_PORT ?? 8787) + 300)}`;

interface Received {
  fields: Record<string, string>;
  verified: boolean;
  answer: string;
}

async function shop(request: APIRequestContext, path: 'mode' | 'secret', data: object): Promise<void> {
  const answer = await request.post(`${SHOP}/__shop/${path}`, { data });
  expect(answer.status(), `demo shop ${path}`).toBe(200);
}

async function lastReceived(request: APIRequestContext): Promise<Received | undefined> {
  const answer = await request.get(`${SHOP}/__shop/received`);
  return ((await answer.json()) as { items: Received[] }).items.at(-1);
}

/**
 * The test controls put the test profile back as every journey expects it (notifications off, the
 * demo secret word), whatever ran before; the journey itself changes both through the settings pages.
 */
async function pointNotificationsAtShop(request: APIRequestContext, enabled: boolean): Promise<void> {
  const answer = await request.post('/api/v1/__test/notifications/settings', {
    data: { profileId: TEST, enabled, url: `${SHOP}/assist/notify`, protocol: 'POST' },
  });
  expect(answer.status()).toBe(200);
}

async function rotateSecret(request: APIRequestContext, secretWord: string): Promise<void> {
  const answer = await request.post('/api/v1/__test/secret-word', {
    data: { profileId: TEST, secretWord, overlapDays: 0 },
  });
  expect(answer.status()).toBe(200);
}

const notice = (page: Page) => page.getByRole('status').filter({ hasText: /уведомление|отправка/i });
const log = (page: Page) => page.getByRole('list', { name: 'Уведомления' });

/** Opens the newest notification of the log and sends it again. */
async function resendNewest(page: Page): Promise<void> {
  const newest = log(page).getByRole('listitem').first();
  await newest.getByRole('button', { name: /Тестовое · заказ/ }).click();
  await newest.getByRole('button', { name: 'Отправить повторно' }).click();
}

/** The admin rotates the test profile's secret word in the settings; notifications take it at once. */
async function rotateSecretInSettings(page: Page, secretWord: string): Promise<void> {
  await page.goto(`/p/${TEST}/settings/signature`);
  const panel = page.getByRole('region', { name: 'Секретное слово' });
  await panel.getByLabel('Новое секретное слово').fill(secretWord);
  await panel.getByRole('button', { name: 'Сменить секретное слово' }).click();
  await expect(panel.getByText('Секретное слово сменено. Уведомления уже подписываются новым.')).toBeVisible();
}

test.beforeEach(async ({ request }) => {
  await rotateSecret(request, 'TestWord2026');
  await pointNotificationsAtShop(request, false);
});

test.afterEach(async ({ request }) => {
  await rotateSecret(request, 'TestWord2026');
  await pointNotificationsAtShop(request, false);
  await shop(request, 'mode', { mode: 'acknowledge' });
  await shop(request, 'secret', { secret: 'TestWord2026' });
});

test('an admin points the test profile at the demo shop, follows failing deliveries, resends, rotates the secret word', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await shop(request, 'mode', { mode: 'acknowledge' });
  await shop(request, 'secret', { secret: 'TestWord2026' });

  await page.goto('/login');
  await signInWithKeyboard(page, 'admin');
  await pointNotificationsAt(page, TEST, `${SHOP}/assist/notify`);
  await page.goto(`/p/${TEST}/notifications`);
  await expect(page.getByRole('heading', { level: 1, name: 'Уведомления магазину' })).toBeVisible();

  // Delivered and verified: the shop checked the check value with its secret word.
  await page.getByRole('button', { name: 'Отправить тестовое уведомление' }).click();
  await expect(notice(page)).toHaveText('Тестовое уведомление: Доставлено');
  expect(await lastReceived(request)).toMatchObject({
    verified: true,
    answer: 'acknowledged',
    fields: { merchant_id: TEST, testmode: '1', orderstate: 'Approved' },
  });
  await expectAccessible(page, 'the notification log');

  // The shop stops answering: attempts pile up as the gateway's clock moves, and the warning shows.
  await shop(request, 'mode', { mode: 'silent' });
  await page.getByRole('button', { name: 'Отправить тестовое уведомление' }).click();
  await expect(notice(page)).toHaveText('Тестовое уведомление: Повторяется', { timeout: 15_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  await advanceGatewayClock(request, MINUTE);
  await advanceGatewayClock(request, 4 * MINUTE);
  await page.reload();
  const warning = page.getByRole('alert').filter({ hasText: 'Магазин не получает уведомления' });
  await expect(warning).toContainText('Попыток доставки подряд без подтверждения: 3');
  const newest = log(page).getByRole('listitem').first();
  await expect(newest).toContainText('Повторяется');
  await newest.getByRole('button', { name: /Тестовое · заказ/ }).click();
  await expect(newest.getByRole('table').getByText('Нет ответа', { exact: true })).toHaveCount(3);
  await expectAccessible(page, 'the notification log with failing deliveries');

  // The warning is on the cabinet's other pages too.
  await page.getByRole('link', { name: 'Заказы' }).first().click();
  await expect(warning).toBeVisible();
  await page.goBack();

  // The shop answers again: a resend is delivered and the warning goes.
  await shop(request, 'mode', { mode: 'acknowledge' });
  await resendNewest(page);
  await expect(notice(page)).toHaveText('Повторная отправка: Доставлено');
  await expect(warning).toHaveCount(0);

  // A new secret word signs notifications at once: the shop still on the old one refuses them,
  // and verifies them once it has the new one.
  await rotateSecretInSettings(page, 'Rotated2026e2e');
  await page.goto(`/p/${TEST}/notifications`);
  await page.getByRole('button', { name: 'Отправить тестовое уведомление' }).click();
  await expect(notice(page)).toHaveText('Тестовое уведомление: Отклонено магазином');
  expect(await lastReceived(request)).toMatchObject({ verified: false, answer: 'rejected' });
  await shop(request, 'secret', { secret: 'Rotated2026e2e' });
  await resendNewest(page);
  await expect(notice(page)).toHaveText('Повторная отправка: Доставлено');
  expect(await lastReceived(request)).toMatchObject({ verified: true, answer: 'acknowledged' });

  // On a phone the log, with a notification open, fits the screen and stays accessible.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(log(page).getByRole('table').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'no sideways scrolling of the page').toBeLessThanOrEqual(0);
  await expectAccessible(page, 'the notification log on a phone');

  // What the shop got, as a developer wiring a real shop sees it.
  const shopPage = await page.context().newPage();
  await shopPage.goto(`${SHOP}/`);
  await expect(shopPage.getByRole('heading', { name: 'Demo shop: notifications received' })).toBeVisible();
  await expect(shopPage.getByRole('row').filter({ hasText: 'verified (amount)' }).first()).toBeVisible();
  await shopPage.close();
});
