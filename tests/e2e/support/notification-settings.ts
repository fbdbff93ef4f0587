import { expect, type Page } from '@playwright/test';

/** The admin points a profile's result notifications at `address` in the settings, and saves. */
export async function pointNotificationsAt(page: Page, profileId: string, address: string): Promise<void> {
  await page.goto(`/p/${profileId}/settings/notifications`);
  const form = page.getByRole('form', { name: 'Уведомления о результатах' });
  await form.getByLabel('Отправлять уведомления о результатах').check();
  await form.getByLabel('Адрес для уведомлений').fill(address);
  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(form.getByText(/^Сохранено — версия \d+\.$/)).toBeVisible();
}
