import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { signInWithKeyboard } from './support/sign-in';

const LIVE = '600401';

interface Row {
  billnumber: string;
  ordernumber: string;
  orderstate: string;
  actions: {
    confirm: { max: string; currency: string; partial: boolean } | null;
    cancel: { max: string; currency: string; partial: boolean } | null;
  };
}

test.describe.configure({ mode: 'serial' });

/** Signs in through the form; the page's requests then carry its session cookie. Returns the CSRF token. */
async function signIn(page: Page, login: 'accountant' | 'viewer'): Promise<string> {
  await page.goto('/login');
  await signInWithKeyboard(page, login);
  const session = await page.request.get('/api/v1/session');
  return ((await session.json()) as { csrfToken: string }).csrfToken;
}

async function list(request: APIRequestContext, query: string): Promise<Row[]> {
  const response = await request.get(`/api/v1/profiles/${LIVE}/orders?${query}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { items: Row[] }).items;
}

/** Orders this spec acts on; the first page of the bulk view is kept for the bulk journey. */
const used = new Set<string>();

test('an accountant confirms one order in part and refunds another in two parts until it is Canceled', async ({
  page,
}) => {
  await signIn(page, 'accountant');
  const bulkPage = await list(page.request, 'state=Delayed,Approved&sort=-orderdate&page=1&pageSize=25');
  for (const row of bulkPage) used.add(row.billnumber);

  const delayed = (await list(page.request, 'state=Delayed&sort=-confirmdeadline&pageSize=100')).find(
    (row) => !used.has(row.billnumber) && row.actions.confirm?.partial,
  )!;
  used.add(delayed.billnumber);
  await page.goto(`/p/${LIVE}/orders/${delayed.billnumber}`);
  await page.getByRole('button', { name: 'Подтвердить…' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm.getByText(/Боевой профиль/)).toBeVisible();
  await confirm.getByRole('radio', { name: 'Часть суммы' }).check();
  await confirm.getByLabel(/^Сумма,/).fill('1,00');
  await expectAccessible(page, 'confirm dialog');
  await confirm.getByLabel(/^Сумма,/).press('Enter');
  await expect(confirm.getByRole('status')).toContainText('Подтверждён частично');
  await confirm.getByRole('button', { name: 'Закрыть' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const approved = (await list(page.request, 'state=Approved&sort=-orderamount&pageSize=100')).find(
    (row) => !used.has(row.billnumber) && row.actions.cancel?.partial,
  )!;
  used.add(approved.billnumber);
  await page.goto(`/p/${LIVE}/orders/${approved.billnumber}`);
  await page.getByRole('button', { name: /^(Отменить…|Отменить с возвратом…)$/ }).click();
  const first = page.getByRole('dialog');
  await first.getByRole('radio', { name: 'Часть суммы' }).check();
  await first.getByLabel(/^Сумма,/).fill('1.00');
  await first.getByRole('radio', { name: 'Отказ покупателя' }).check();
  await expectAccessible(page, 'cancel dialog');
  await first.getByRole('button', { name: /^Отменить( и вернуть)? 1,00/ }).click();
  await expect(first.getByRole('status')).toContainText('Отменён частично');
  await first.getByRole('button', { name: 'Закрыть' }).click();

  await page.getByRole('button', { name: /^(Отменить…|Отменить с возвратом…)$/ }).click();
  const second = page.getByRole('dialog');
  await second.getByRole('button', { name: /^Отменить( и вернуть)? \d/ }).click();
  await expect(second.getByRole('status')).toContainText('«Отменён»');
  await second.getByRole('button', { name: 'Закрыть' }).click();
  await expect(page.getByRole('button', { name: /^(Отменить…|Отменить с возвратом…)$/ })).toHaveCount(0);
});

test('an accountant confirms five selected orders, one of them ineligible', async ({ page }) => {
  await signIn(page, 'accountant');
  const rows = await list(page.request, 'state=Delayed,Approved&sort=-orderdate&page=1&pageSize=25');
  const eligible = rows.filter((row) => row.actions.confirm !== null).slice(0, 4);
  const ineligible = rows.find((row) => row.actions.confirm === null)!;
  const chosen = [...eligible, ineligible];
  expect(chosen).toHaveLength(5);

  await page.goto(`/p/${LIVE}/orders?state=Delayed,Approved`);
  for (const row of chosen) {
    await page.locator(`[role="row"][data-id="${row.billnumber}"]`).getByRole('checkbox').check();
  }
  await page.getByRole('button', { name: 'Подтвердить выбранные' }).click();
  const dialog = page.getByRole('dialog', { name: 'Подтверждение заказов' });
  await expect(dialog.getByText('Выбрано 4 из 5', { exact: false })).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: `Выполнить для заказа ${ineligible.ordernumber}` })).toBeDisabled();
  await expectAccessible(page, 'bulk dialog');
  await dialog.getByLabel('Введите число заказов (4) для подтверждения').fill('4');
  await dialog.getByRole('button', { name: 'Выполнить для 4' }).click();
  await expect(dialog.getByText('Выполнено: 4, не выполнено: 0.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('a viewer is offered no action, and a forged request is refused with 403', async ({ page }) => {
  const csrf = await signIn(page, 'viewer');
  const delayed = (await list(page.request, 'state=Delayed&sort=confirmdeadline&pageSize=5'))[0]!;
  await page.goto(`/p/${LIVE}/orders/${delayed.billnumber}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Подтвердить…' })).toHaveCount(0);
  const forged = await page.request.post(`/api/v1/profiles/${LIVE}/orders/${delayed.billnumber}/confirm`, {
    headers: { 'X-CSRF-Token': csrf, 'Idempotency-Key': 'forged-by-viewer-1' },
    data: {},
  });
  expect(forged.status()).toBe(403);
  expect(((await forged.json()) as { missingRight?: string }).missingRight).toBe('confirm');
  await page.goto(`/p/${LIVE}/awaiting`);
  await expect(page.getByRole('heading', { name: 'Ожидают подтверждения' })).toBeVisible();
  await expectAccessible(page, 'awaiting cockpit');
});
