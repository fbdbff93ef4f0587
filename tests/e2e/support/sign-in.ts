import { expect, type Page } from '@playwright/test';

const DEMO_PASSWORD = 'Demo1234';

/**
 * Signs in from the open login page with the keyboard alone (focus the login, type, Tab, type,
 * Enter), so every journey also proves the form works without a mouse; waits for the orders.
 */
export async function signInWithKeyboard(page: Page, login: 'admin' | 'accountant' | 'viewer'): Promise<void> {
  await page.getByLabel('Логин').focus();
  await page.keyboard.type(login);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Заказы' })).toBeVisible();
}
