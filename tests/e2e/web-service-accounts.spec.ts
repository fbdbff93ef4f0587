import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { signInWithKeyboard } from './support/sign-in';

test.describe.configure({ mode: 'serial' });

const TEST = '900401';
/** Unique per run: the standalone gateway lives as long as the whole e2e run. */
const LOGIN = `shop_${String(Date.now()).slice(-8)}`;

/** The shop's server asking for an order's state: a form POST over real HTTP, no browser involved. */
async function orderState(request: APIRequestContext, password: string, ordernumber: string) {
  const answer = await request.post('/orderstate/orderstate.cfm', {
    form: { Merchant_ID: TEST, Login: LOGIN, Password: password, Ordernumber: ordernumber },
  });
  return { status: answer.status(), xml: await answer.text() };
}

const element = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];

async function shownPassword(page: Page): Promise<string> {
  const dialog = page.getByRole('dialog', { name: `Пароль учётной записи ${LOGIN}` });
  await expect(dialog).toContainText('показан один раз');
  await expect(dialog.getByRole('button', { name: 'Скопировать: пароль' })).toBeVisible();
  const password = (await dialog.getByRole('status', { name: 'Пароль' }).textContent())!.trim();
  expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
  await expectAccessible(page, 'password shown once');
  await dialog.getByRole('button', { name: 'Пароль сохранён, закрыть' }).click();
  await expect(dialog).toHaveCount(0);
  return password;
}

test('an admin creates a web-service account, the shop calls the order state with it, the call is audited, rotation retires the old password', async ({
  page,
  request,
}) => {
  await page.goto('/login');
  await signInWithKeyboard(page, 'admin');
  await page.goto(`/p/${TEST}/orders`);
  await page.getByRole('navigation', { name: 'Разделы кабинета' }).getByRole('link', { name: 'Веб-сервисы' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Учётные записи веб-сервисов' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/p/${TEST}/web-service$`));
  await expectAccessible(page, 'web-service accounts');

  await page.getByRole('button', { name: 'Добавить учётную запись' }).click();
  const create = page.getByRole('dialog', { name: 'Новая учётная запись веб-сервисов' });
  await create.getByLabel('Логин').fill(LOGIN);
  await expectAccessible(page, 'create web-service account');
  await create.getByRole('button', { name: 'Создать' }).click();
  const password = await shownPassword(page);
  const row = page.getByRole('row').filter({ hasText: LOGIN });
  await expect(row).toContainText('Активна');
  await expect(page.getByText(password)).toHaveCount(0);

  const list = await page.request.get(`/api/v1/profiles/${TEST}/orders?state=Approved&pageSize=1`);
  const [order] = ((await list.json()) as { items: { ordernumber: string; billnumber: string }[] }).items;
  const answer = await orderState(request, password, order!.ordernumber);
  expect(answer.status).toBe(200);
  expect(answer.xml).toContain('firstcode="0" secondcode="0"');
  expect(answer.xml).toContain(`<billnumber>${order!.billnumber}</billnumber>`);
  expect(element(answer.xml, 'orderstate')).toBe('Approved');
  expect(element(answer.xml, 'checkvalue')).toMatch(/^[0-9A-F]{32}$/);

  await page.reload();
  await expect(row).not.toContainText('не было');
  await page
    .getByRole('navigation', { name: 'Разделы кабинета' })
    .getByRole('link', { name: 'Журнал действий' })
    .click();
  await page.getByLabel('Пользователь').fill(LOGIN);
  await page.getByRole('button', { name: 'Показать' }).click();
  const log = page.getByRole('table', { name: 'Журнал действий' });
  await expect(log.getByRole('row').filter({ hasText: 'Вызов веб-сервиса' })).toContainText('orderstate');
  await expect(log).toContainText(`ordernumber ${order!.ordernumber}`);
  await expectAccessible(page, 'audit log with a web-service call');

  // The audit log belongs to no profile: the navigation would lead to the live one.
  await page.goto(`/p/${TEST}/web-service`);
  await expect(page.getByRole('heading', { level: 1, name: 'Учётные записи веб-сервисов' })).toBeVisible();
  await page.getByRole('button', { name: `Новый пароль для учётной записи ${LOGIN}` }).click();
  const rotate = page.getByRole('dialog', { name: `Сменить пароль ${LOGIN}?` });
  await expectAccessible(page, 'rotate confirmation');
  await rotate.getByRole('button', { name: 'Новый пароль' }).click();
  const fresh = await shownPassword(page);
  expect(fresh).not.toBe(password);

  const old = await orderState(request, password, order!.ordernumber);
  expect(old.status).toBe(401);
  expect(old.xml).toContain('firstcode="7"');
  expect((await orderState(request, fresh, order!.ordernumber)).status).toBe(200);
});

test('on a phone the accounts table scrolls inside its box and the page does not overflow', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/login');
  await signInWithKeyboard(page, 'admin');
  await page.goto(`/p/${TEST}/web-service`);
  await expect(page.getByRole('row').filter({ hasText: LOGIN })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await expectAccessible(page, 'web-service accounts on a phone');
});
