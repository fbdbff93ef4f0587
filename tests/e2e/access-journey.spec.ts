import { expect, test, type Page } from '@playwright/test';
import { totpCode } from '../support/totp-code';
import { expectAccessible } from './support/accessibility';
import { signInWithKeyboard } from './support/sign-in';

const LIVE = '600401';
const TEST = '900401';
const LOGIN = 'export_tester';
const TEMPORARY = 'Temporary123';
const OWN = 'Fresh12345';

test.describe.configure({ mode: 'serial' });

async function signInAs(page: Page, login: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Выйти' }).click();
  await expect(page.getByRole('heading', { name: 'Вход в личный кабинет' })).toBeVisible();
}

/** The gateway's own time (its clock may have been moved by other journeys). */
async function gatewayNow(page: Page): Promise<number> {
  const answer = await page.request.post('/api/v1/__test/clock', { data: { advanceMs: 0 } });
  return Date.parse(((await answer.json()) as { now: string }).now);
}

test('an admin creates an export-only user of the test profile; the navigation offers only what is allowed', async ({
  page,
}) => {
  await page.goto('/login');
  await signInWithKeyboard(page, 'admin');
  const nav = page.getByRole('navigation', { name: 'Разделы кабинета' });
  await expect(nav.getByRole('link')).toHaveText([
    'Заказы',
    'Ожидают подтверждения',
    'Настройки',
    'Уведомления',
    'Веб-сервисы',
    // The options' holder sees the integration helper of the live profile too.
    'Интеграция',
    'Пользователи',
    'Журнал действий',
    'Безопасность',
  ]);
  await nav.getByRole('link', { name: 'Пользователи' }).click();
  await expect(page.getByRole('heading', { name: 'Пользователи', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Удалить пользователя admin' })).toBeDisabled();
  await expectAccessible(page, 'users');

  await page.getByRole('button', { name: 'Добавить пользователя' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новый пользователь' });
  await dialog.getByLabel('Логин').fill(LOGIN);
  await dialog.getByLabel('Имя').fill('Ольга Выгрузкина');
  await dialog.getByLabel('Временный пароль').fill(TEMPORARY);
  await dialog.getByRole('checkbox', { name: 'Выгрузка заказов' }).check();
  await expect(dialog.getByRole('checkbox', { name: 'Тестовый 900401' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Боевой 600401' })).not.toBeChecked();
  await expectAccessible(page, 'create user dialog');
  await dialog.getByRole('button', { name: 'Создать' }).click();
  await expect(dialog).toHaveCount(0);
  const row = page.locator(`tr[data-login="${LOGIN}"]`);
  await expect(row).toContainText('Мониторинг заказов, Выгрузка заказов');
  await expect(row).toContainText('900401');
  await expect(row).toContainText('ждёт смены пароля');
  await signOut(page);
});

test('the new user changes the temporary password, exports, cannot confirm, and finds the live profile 404', async ({
  page,
}) => {
  await signInAs(page, LOGIN, TEMPORARY);
  await expect(page.getByRole('heading', { name: 'Смена временного пароля' })).toBeVisible();
  await expectAccessible(page, 'forced password change');
  await page.getByLabel('Текущий пароль').fill(TEMPORARY);
  await page.getByLabel(/^Новый пароль\s*\*?$/).fill(OWN);
  await page.getByLabel('Новый пароль ещё раз').fill(OWN);
  await page.getByRole('button', { name: 'Сменить пароль' }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${TEST}/orders`));
  const nav = page.getByRole('navigation', { name: 'Разделы кабинета' });
  await expect(nav.getByRole('link')).toHaveText(['Заказы', 'Ожидают подтверждения', 'Настройки', 'Безопасность']);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Выгрузить в CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^orders-900401-/);

  const list = await page.request.get(`/api/v1/profiles/${TEST}/orders?state=Delayed&pageSize=1`);
  const [held] = ((await list.json()) as { items: { billnumber: string }[] }).items;
  await page.goto(`/p/${TEST}/orders/${held!.billnumber}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Подтвердить…' })).toHaveCount(0);
  const csrf = ((await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string }).csrfToken;
  const forged = await page.request.post(`/api/v1/profiles/${TEST}/orders/${held!.billnumber}/confirm`, {
    headers: { 'X-CSRF-Token': csrf, 'Idempotency-Key': 'forged-by-exporter-1' },
    data: {},
  });
  expect(forged.status()).toBe(403);
  expect(((await forged.json()) as { missingRight: string }).missingRight).toBe('confirm');

  expect((await page.request.get(`/api/v1/profiles/${LIVE}/orders`)).status()).toBe(404);
  await page.goto(`/p/${LIVE}/orders`);
  await expect(page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
});

test('the user enrols TOTP and signs in with a code computed here, independently of the app', async ({ page }) => {
  await signInAs(page, LOGIN, OWN);
  await page.getByRole('navigation', { name: 'Разделы кабинета' }).getByRole('link', { name: 'Безопасность' }).click();
  await page.getByRole('button', { name: 'Подключить приложение-аутентификатор' }).click();
  await expect(page.getByRole('img', { name: 'QR-код для приложения-аутентификатора' })).toBeVisible();
  await expectAccessible(page, 'TOTP enrolment');
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  await page.getByLabel('Код из приложения').fill(totpCode(secret, await gatewayNow(page)));
  await page.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(page.getByRole('list', { name: 'Коды восстановления' }).getByRole('listitem')).toHaveCount(10);
  await page.getByRole('button', { name: 'Готово' }).click();
  await signOut(page);

  await page.getByLabel('Логин').fill(LOGIN);
  await page.getByLabel('Пароль').fill(OWN);
  await page.getByRole('button', { name: 'Войти' }).click();
  const code = page.getByLabel('Код подтверждения');
  await expect(code).toBeVisible();
  await code.fill(totpCode(secret, await gatewayNow(page)));
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${TEST}/orders`));
  await signOut(page);
});

test('five bad passwords lock the login, and the audit log shows all of it, refusals included', async ({ page }) => {
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await signInAs(page, LOGIN, `Wrong${attempt}xx`);
    await expect(page.getByRole('alert')).toBeVisible();
  }
  await expect(page.getByRole('alert')).toContainText('Вход для этого логина закрыт на 15 мин.');
  await signInAs(page, LOGIN, OWN);
  await expect(page.getByRole('alert')).toContainText('закрыт');

  await page.goto('/login');
  await signInWithKeyboard(page, 'admin');
  await page
    .getByRole('navigation', { name: 'Разделы кабинета' })
    .getByRole('link', { name: 'Журнал действий' })
    .click();
  await page.getByLabel('Пользователь').fill(LOGIN);
  await page.getByRole('button', { name: 'Показать' }).click();
  const log = page.getByRole('table', { name: 'Журнал действий' });
  await expect(log).toContainText('Блокировка');
  await expect(log).toContainText('Включение 2FA');
  await expect(log).toContainText('Выгрузка');
  await expect(log).toContainText('Смена пароля');
  await expect(log.getByRole('row').filter({ hasText: 'forbidden' })).not.toHaveCount(0);
  await expect(log.getByRole('row').filter({ hasText: 'not-found' })).not.toHaveCount(0);
  await expectAccessible(page, 'audit log');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Выгрузить CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^audit-\d{8}-\d{4}\.csv$/);
});
