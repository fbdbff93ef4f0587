import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { signInWithKeyboard } from './support/sign-in';

const LIVE = '600401';

async function openFilters(page: Page, button = 'Фильтры', region = 'Фильтры заказов'): Promise<Locator> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const panel = page.getByRole('region', { name: region });
  await expect(panel).toBeVisible();
  return panel;
}

/**
 * Types an end of the period with the keyboard alone: focus its first section, type at a
 * person's pace (the field re-renders its sections after each key), Enter.
 */
async function typeEnd(panel: Locator, label: string, keys: string): Promise<void> {
  await panel.getByRole('group', { name: label, exact: true }).getByRole('spinbutton').first().focus();
  await panel.page().keyboard.type(keys, { delay: 60 });
  await panel.page().keyboard.press('Tab');
}

test('the period is typed in the merchant’s zone and the UI’s language, whatever the browser’s', async ({ page }) => {
  await page.goto('/login');
  await signInWithKeyboard(page, 'viewer');
  let panel = await openFilters(page);
  // The browser runs in Novosibirsk with a Russian locale; the shop's zone is Moscow.
  await expect(panel).toContainText('Период (Europe/Moscow, UTC+3)');
  await typeEnd(panel, 'С', '2711202610157');
  await expect(page).toHaveURL(/from=2026-11-27T07%3A15%3A07Z|from=2026-11-27T07:15:07Z/);
  await expect(panel.getByRole('group', { name: 'С', exact: true })).toContainText('27.11.2026 10:15:07');
  await expectAccessible(page, 'orders, period typed');

  await panel
    .getByRole('group', { name: 'По', exact: true })
    .getByRole('button', { name: /^Выберите дату/ })
    .click();
  const calendar = page.getByRole('dialog');
  await expect(calendar).toBeVisible();
  await expectAccessible(page, 'period calendar');
  await page.keyboard.press('Escape');
  await expect(calendar).toHaveCount(0);

  await page.getByRole('button', { name: 'EN' }).click();
  panel = page.getByRole('region', { name: 'Order filters' });
  await expect(panel.getByRole('group', { name: 'From', exact: true })).toContainText('27 Nov 2026 10:15:07');
  await typeEnd(panel, 'To', '28Nov202608309');
  await expect(page).toHaveURL(/to=2026-11-28T05%3A30%3A09Z|to=2026-11-28T05:30:09Z/);
  await expectAccessible(page, 'orders, period in English');
  await page.getByRole('button', { name: 'RU' }).click();
});

test('on a phone the period fields fit the screen and the calendar opens as a dialog', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/login');
  await signInWithKeyboard(page, 'viewer');
  await page.goto(`/p/${LIVE}/orders?from=2026-11-26T21:00:00Z`);
  const panel = await openFilters(page);
  const from = panel.getByRole('group', { name: 'С', exact: true });
  await expect(from).toContainText('27.11.2026 00:00:00');
  const box = (await from.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page, 'filters on a phone');
});
