import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { signInWithKeyboard } from './support/sign-in';

const orderRows = (page: Page) => page.getByRole('grid', { name: 'Заказы' }).locator('[data-order-row]');

/** Nothing of the page lies beyond the right edge of the window. */
async function expectNoSidewaysScroll(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(width);
}

async function expectInView(page: Page, locator: Locator) {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
}

test('at 1440 px the grid fits with its default columns and the row menu in view', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/login');
  await signInWithKeyboard(page, 'accountant');
  const first = orderRows(page).first();
  await expect(first).toBeVisible();
  await expectNoSidewaysScroll(page);
  for (const field of ['orderdate', 'ordernumber', 'billnumber', 'orderstate', 'orderamount', 'customer', 'email'])
    await expectInView(page, first.locator(`[data-field="${field}"]`));
  await expectInView(page, page.getByRole('button', { name: /^Действия с заказом|^Меню/ }).first());
  await page.screenshot({ path: test.info().outputPath('orders-1440.png'), fullPage: false });
});

test('at 390 px every order is readable and actionable without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/login');
  await signInWithKeyboard(page, 'accountant');
  const first = orderRows(page).first();
  await expect(first).toBeVisible();
  await expectNoSidewaysScroll(page);
  // Number, date, state, amount and customer of each order, and its menu, all on the screen's width.
  for (const field of ['ordernumber', 'orderdate', 'orderstate', 'orderamount', 'customer'])
    await expectInView(page, first.locator(`[data-field="${field}"]`));
  await expectInView(page, first.locator('[data-field="actions"]'));
  await expectInView(page, first.getByRole('checkbox'));
  await expectAccessible(page, 'orders at 390 px');
  await page.screenshot({ path: test.info().outputPath('orders-390.png'), fullPage: false });
});

test('the grid is one Tab stop, and an order opens in a new tab with Ctrl-click', async ({ page, context }) => {
  await page.goto('/login');
  await signInWithKeyboard(page, 'accountant');
  const grid = page.getByRole('grid', { name: 'Заказы' });
  await expect(orderRows(page).first()).toBeVisible();

  await page.getByRole('button', { name: 'Столбцы' }).focus();
  await page.keyboard.press('Tab');
  await expect.poll(() => grid.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  // One Tab leaves the grid, whatever rows and menus it holds.
  await expect.poll(() => grid.evaluate((element) => element.contains(document.activeElement))).toBe(false);

  const link = orderRows(page).first().locator('[data-field="ordernumber"]').getByRole('link');
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/p\/600401\/orders\/\d+$/);
  const [opened] = await Promise.all([context.waitForEvent('page'), link.click({ modifiers: ['Control'] })]);
  await opened.waitForLoadState();
  expect(new URL(opened.url()).pathname).toBe(href);
  await expect(page).toHaveURL(/\/orders$/);
});
