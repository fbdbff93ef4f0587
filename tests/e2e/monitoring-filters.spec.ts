import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { signInWithKeyboard } from './support/sign-in';

test('a viewer narrows the monitor to held payments, opens one and returns to the same list', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await signInWithKeyboard(page, 'viewer');

  const rows = page.getByRole('row').filter({ has: page.getByRole('gridcell') });
  await expect(rows.first()).toBeVisible();
  // A viewer has no export right.
  await expect(page.getByRole('button', { name: 'Выгрузить в CSV' })).toHaveCount(0);

  const views = page.getByRole('group', { name: 'Быстрые представления' });
  await views.getByRole('button', { name: /^Ожидают подтверждения/ }).click();
  await expect(page).toHaveURL(/state=Delayed/);
  await expect(views.getByRole('button', { name: /^Ожидают подтверждения/ })).toHaveAttribute('aria-pressed', 'true');
  await expectAccessible(page, 'orders, awaiting confirmation');

  await page.getByRole('button', { name: 'Фильтры', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Фильтры заказов' });
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: '7 дней' }).click();
  await expect(page).toHaveURL(/from=.*&to=|to=.*from=/);
  await panel.getByLabel('Сумма от').fill('100');
  await expect(page).toHaveURL(/amountFrom=100/);
  await expect(rows.first()).toBeVisible();
  await expectAccessible(page, 'orders, filters open');

  // The period was typed in the merchant's zone (Moscow) although the browser runs in Novosibirsk.
  const from = new URL(page.url()).searchParams.get('from') ?? '';
  expect(from).toMatch(/T21:00:00Z$/);
  const listUrl = page.url();

  await rows.first().getByRole('gridcell').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Заказ / })).toBeVisible();
  await expect(page.getByText('Ожидает подтверждения').first()).toBeVisible();
  const details = page.getByRole('region', { name: 'Сведения' });
  await expect(details.getByText('Подтвердить до')).toBeVisible();
  // Time left sits under the state, without a leading «0 д».
  await expect(page.getByText(/^Подтвердите до .* — осталось (\d+ д )?(\d+ ч )?\d+ мин\./)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Заказы с тем же номером' })).toBeVisible();
  await expectAccessible(page, 'held order');

  await page.getByRole('link', { name: 'К списку заказов' }).click();
  await expect(page).toHaveURL(listUrl);
  await expect(rows.first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Активные фильтры' })).toContainText('Сумма от: 100');
  await expectAccessible(page, 'orders, back from the order');
});
