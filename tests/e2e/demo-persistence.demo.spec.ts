import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { signInWithKeyboard } from './support/sign-in';

const LIVE = '600401';

/** A held order the demo can confirm in part, read from the in-page gateway. */
async function partlyConfirmable(page: Page): Promise<{ billnumber: string; ordernumber: string }> {
  return page.evaluate((profileId) => {
    const gateway = window.__gateway!;
    const list = gateway.listOrders(profileId, { page: 1, pageSize: 100, sort: '-orderdate', state: ['Delayed'] });
    const order = list.items.find((item) => item.actions.confirm?.partial)!;
    return { billnumber: order.billnumber, ordernumber: order.ordernumber };
  }, LIVE);
}

test('the demo keeps a partial confirmation across a reload and in another tab, until reset', async ({
  page,
  context,
}) => {
  await page.goto('/login');
  await signInWithKeyboard(page, 'accountant');
  const order = await partlyConfirmable(page);
  const totalBefore = await page.evaluate(
    (profileId) => window.__gateway!.listOrders(profileId, { page: 1, pageSize: 1, sort: '-orderdate' }).total,
    LIVE,
  );

  await page.goto(`/p/${LIVE}/orders/${order.billnumber}`);
  await page.getByRole('button', { name: 'Подтвердить…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'Часть суммы' }).check();
  await dialog.getByLabel(/^Сумма,/).fill('1,00');
  await dialog.getByLabel(/^Сумма,/).press('Enter');
  await expect(dialog.getByRole('status')).toContainText('Подтверждён частично');
  await dialog.getByRole('button', { name: 'Закрыть' }).click();

  await page.reload();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText(order.ordernumber);
  await expect(page.getByRole('main')).toContainText('Подтверждён частично');
  expect(
    await page.evaluate(
      (profileId) => window.__gateway!.listOrders(profileId, { page: 1, pageSize: 1, sort: '-orderdate' }).total,
      LIVE,
    ),
  ).toBe(totalBefore);

  const other = await context.newPage();
  await other.goto(`/p/${LIVE}/orders/${order.billnumber}`);
  await expect(other.getByRole('main')).toContainText('Подтверждён частично');
  await other.close();

  await page.getByRole('button', { name: 'Сбросить демо-данные' }).click();
  await expect(page.getByRole('dialog', { name: 'Сбросить демо-данные' })).toBeVisible();
  await expectAccessible(page, 'reset demo data dialog');
  // The reset reloads the page: listen before the click, or a quick reload's event is missed.
  const reloaded = page.waitForEvent('load');
  await page.getByRole('dialog').getByRole('button', { name: 'Сбросить демо-данные' }).click();
  await reloaded;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate((profileId) => window.__gateway!.audit(profileId).length, LIVE)).toBe(0);
});
