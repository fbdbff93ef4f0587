import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { signInWithKeyboard } from './support/sign-in';

test('a viewer signs in with the keyboard, finds orders and opens one', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Demo1234')).toBeVisible();
  await expectAccessible(page, 'login');

  await signInWithKeyboard(page, 'viewer');

  const rows = page.getByRole('row').filter({ has: page.getByRole('gridcell') });
  await expect(rows.first()).toBeVisible();
  await expect(page.getByText(/Europe\/Moscow/).first()).toBeVisible();
  await expectAccessible(page, 'orders');

  const listUrl = page.url();
  await rows.first().getByRole('gridcell').first().focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: /^Заказ / })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Операции' })).toBeVisible();
  await expectAccessible(page, 'order');

  await page.goBack();
  await expect(page).toHaveURL(listUrl);
  await expect(page.getByRole('heading', { name: 'Заказы' })).toBeVisible();
});
