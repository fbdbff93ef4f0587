import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { advanceGatewayClock, MINUTE } from './support/gateway-clock';
import { signInWithKeyboard } from './support/sign-in';

const LIVE = '600401';

test('the session is an HttpOnly SameSite=Strict cookie no script can read, and survives a fresh browser', async ({
  page,
  browser,
}) => {
  await page.goto('/login');
  await signInWithKeyboard(page, 'viewer');
  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name === 'cabinet_session');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: false, path: '/' });
  expect(session!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);

  // Script reading the session: neither document.cookie nor storage holds anything of it.
  const visible = await page.evaluate(() => ({
    cookie: document.cookie,
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
  }));
  expect(visible.cookie).not.toContain(session!.value);
  expect(visible.local).not.toContain(session!.value);
  expect(visible.session).not.toContain(session!.value);
  const csrf = ((await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string }).csrfToken;
  expect(visible.local).not.toContain(csrf);

  // Cookies and localStorage carried into a new browser context keep the visitor signed in.
  const state = await page.context().storageState();
  const fresh = await browser.newContext({ storageState: state });
  const again = await fresh.newPage();
  await again.goto(`/p/${LIVE}/orders`);
  await expect(again.getByRole('heading', { name: 'Заказы' })).toBeVisible();
  await expect(again.getByText('Павел Орлов')).toBeVisible();
  await fresh.close();
});

test('sign-out ends the session on the server: the same cookie replayed is refused', async ({ page, playwright }) => {
  await page.goto('/login');
  await signInWithKeyboard(page, 'viewer');
  const value = (await page.context().cookies()).find((cookie) => cookie.name === 'cabinet_session')!.value;
  await page.getByRole('button', { name: 'Выйти' }).click();
  await expect(page.getByRole('heading', { name: 'Вход в личный кабинет' })).toBeVisible();

  const replay = await playwright.request.newContext({ baseURL: page.url() });
  const answer = await replay.get(`/api/v1/profiles/${LIVE}/orders`, {
    headers: { Cookie: `cabinet_session=${value}` },
  });
  expect(answer.status()).toBe(401);
  const forged = await replay.get(`/api/v1/profiles/${LIVE}/orders`, {
    headers: { Cookie: 'cabinet_session=mock.admin.0123456789abcdef01234567' },
  });
  expect(forged.status()).toBe(401);
  await replay.dispose();
});

test('a write without the CSRF token is refused even with the session cookie', async ({ page }) => {
  await page.goto('/login');
  await signInWithKeyboard(page, 'accountant');
  const list = await page.request.get(`/api/v1/profiles/${LIVE}/orders?state=Delayed&pageSize=1`);
  const [order] = ((await list.json()) as { items: { billnumber: string }[] }).items;
  const answer = await page.request.post(`/api/v1/profiles/${LIVE}/orders/${order!.billnumber}/confirm`, {
    headers: { 'Idempotency-Key': 'cross-site-without-csrf-1' },
    data: {},
  });
  expect(answer.status()).toBe(403);
  expect(((await answer.json()) as { code: string }).code).toBe('csrf-token-invalid');
  const after = await page.request.get(`/api/v1/profiles/${LIVE}/orders/${order!.billnumber}`);
  expect(((await after.json()) as { orderstate: string }).orderstate).toBe('Delayed');
});

test('after 30 idle minutes the user signs in again over the same page, the refund draft intact', async ({ page }) => {
  await page.goto('/login');
  await signInWithKeyboard(page, 'accountant');
  const list = await page.request.get(`/api/v1/profiles/${LIVE}/orders?state=Approved&sort=-orderamount&pageSize=50`);
  const rows = (
    (await list.json()) as { items: { billnumber: string; actions: { cancel: { partial: boolean } | null } }[] }
  ).items;
  const order = rows.find((row) => row.actions.cancel?.partial)!;
  await page.goto(`/p/${LIVE}/orders/${order.billnumber}`);
  await page.getByRole('button', { name: /^(Отменить…|Отменить с возвратом…)$/ }).click();
  const refund = page.getByRole('dialog');
  await refund.getByRole('radio', { name: 'Часть суммы' }).check();
  await refund.getByLabel(/^Сумма,/).fill('2.00');
  await refund.getByRole('radio', { name: 'Отказ покупателя' }).check();

  await advanceGatewayClock(page.request, 31 * MINUTE);
  await refund.getByRole('button', { name: /^Отменить( и вернуть)? 2,00/ }).click();

  const expired = page.getByRole('dialog', { name: 'Сеанс завершён' });
  await expect(expired).toBeVisible();
  await expect(expired.getByLabel('Логин')).toHaveValue('accountant');
  await expectAccessible(page, 'session expired dialog');
  await expired.getByLabel('Пароль').fill('Demo1234');
  await expired.getByRole('button', { name: 'Войти' }).click();
  await expect(expired).toHaveCount(0);

  await expect(page).toHaveURL(new RegExp(`/p/${LIVE}/orders/${order.billnumber}$`));
  await expect(refund.getByLabel(/^Сумма,/)).toHaveValue('2.00');
  await expect(refund.getByRole('radio', { name: 'Отказ покупателя' })).toBeChecked();
  await refund.getByRole('button', { name: /^Отменить( и вернуть)? 2,00/ }).click();
  await expect(refund.getByRole('status')).toContainText('Отменён частично');
});

test('on a 390 px phone the navigation shows the allowed sections, fits, and works with the keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/login');
  await signInWithKeyboard(page, 'viewer');
  const nav = page.getByRole('navigation', { name: 'Разделы кабинета' });
  await expect(nav.getByRole('link')).toHaveText(['Заказы', 'Ожидают подтверждения', 'Настройки', 'Безопасность']);
  for (const link of await nav.getByRole('link').all()) {
    const box = (await link.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await nav.getByRole('link', { name: 'Безопасность' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Безопасность', level: 1 })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Безопасность' })).toHaveAttribute('aria-current', 'page');
  await expectAccessible(page, 'security page on a phone');
  expect((await page.request.get('/api/v1/users')).status()).toBe(403);
  await page.goto('/users');
  await expect(page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
});
