import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { signInWithKeyboard } from './support/sign-in';

test('the test profile is unmistakable, English works, and the remaining pages pass axe', async ({ page }) => {
  await page.goto('/login');
  await signInWithKeyboard(page, 'admin');

  await page.getByRole('button', { name: /^Профиль/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Тестовый · 900401' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/p\/900401\/orders/);
  await expect(page.getByText(/^ТЕСТ — тестовый профиль 900401/)).toBeVisible();
  const rows = page.getByRole('row').filter({ has: page.getByRole('gridcell') });
  await expect(rows.first()).toContainText('ТЕСТ');
  await expectAccessible(page, 'test profile orders');

  await page.getByRole('button', { name: 'EN' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
  await expect(page.getByText(/^TEST/).first()).toBeVisible();
  await expectAccessible(page, 'test profile orders in English');

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, 'not found');
});
