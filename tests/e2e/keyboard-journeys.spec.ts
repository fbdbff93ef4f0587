import { expect, test } from '@playwright/test';
import { tabInto, tabTo } from './support/keyboard';
import { signInWithKeyboard } from './support/sign-in';

/**
 * The accountant's daily path with the keyboard alone: from the monitor to a held payment, a
 * partial confirmation, the outcome, and back to the same list. No click anywhere.
 */
test('an accountant finds a held payment and confirms part of it without touching the mouse', async ({ page }) => {
  await page.goto('/login');
  await signInWithKeyboard(page, 'accountant');

  const views = page.getByRole('group', { name: 'Быстрые представления' });
  // The views are one tab stop (roving focus): Tab reaches the current one, arrows move on.
  await tabTo(page, views.getByRole('button', { name: /^Все/ }));
  await page.keyboard.press('ArrowRight');
  await expect(views.getByRole('button', { name: /^Ожидают подтверждения/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/state=Delayed/);
  const listUrl = page.url();

  const grid = page.getByRole('grid', { name: 'Заказы' });
  const firstRow = grid
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell') })
    .first();
  // The previous page stays on screen until the held payments arrive.
  await expect(firstRow.locator('[data-field="orderstate"]')).toHaveText('Ожидает подтверждения');
  // Into the grid with one Tab, to the first row's order number with the arrows, open with Enter.
  await tabInto(page, grid);
  const focusedCell = () =>
    page.evaluate(() => {
      const cell = document.activeElement?.closest('[role="gridcell"], [role="columnheader"]');
      return { role: cell?.getAttribute('role') ?? '', field: cell?.getAttribute('data-field') ?? '' };
    });
  for (let moves = 0; moves < 20; moves += 1) {
    const { role, field } = await focusedCell();
    if (role === 'gridcell' && field === 'ordernumber') break;
    await page.keyboard.press(role === 'columnheader' ? 'ArrowDown' : 'ArrowRight');
  }
  // The order number is a link: the arrows land on it, Enter follows it.
  const orderLink = firstRow.locator('[data-field="ordernumber"]').getByRole('link');
  await expect(orderLink).toBeFocused();
  const ordernumber = (await orderLink.innerText()).trim();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Заказ ${ordernumber}` })).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Подтвердить…' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('radio', { name: /^Вся сумма/ }));
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: 'Часть суммы' })).toBeChecked();
  await tabTo(page, dialog.getByLabel(/^Сумма,/));
  await page.keyboard.type('1,00');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toContainText('Подтверждён частично');

  await tabTo(page, dialog.getByRole('button', { name: 'Закрыть' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await tabTo(page, page.getByRole('link', { name: 'К списку заказов' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(listUrl);
});
