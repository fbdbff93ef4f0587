import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { signInWithKeyboard } from './support/sign-in';

const TEST_PROFILE = '900401';
const SECRET = `E2eWord${Date.now().toString(36)}7`;

/** Every API answer's body, to prove the secret words never travel back to the browser. */
function recordAnswers(page: Page): string[] {
  const bodies: string[] = [];
  page.on('response', (response) => {
    if (!response.url().includes('/api/v1/')) return;
    void response
      .text()
      .then((text) => bodies.push(text))
      .catch(() => undefined);
  });
  return bodies;
}

test('an admin saves a settings group in the test profile and rotates the secret word with an overlap', async ({
  page,
}) => {
  const answers = recordAnswers(page);
  await page.goto('/login');
  await signInWithKeyboard(page, 'admin');
  await page.goto(`/p/${TEST_PROFILE}/settings`);
  await expect(page).toHaveURL(new RegExp(`/p/${TEST_PROFILE}/settings/payments$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  await expect(page.getByText(/^ТЕСТ — тестовый профиль 900401/)).toBeVisible();

  const form = page.getByRole('form', { name: 'Платежи' });
  const save = form.getByRole('button', { name: 'Сохранить' });
  await expect(save).toBeDisabled();
  await form.getByLabel('Время на оплату, минут').fill('2');
  await save.click();
  await expect(form.getByLabel('Время на оплату, минут')).toHaveAccessibleDescription('Не меньше 5.');
  await form.getByLabel('Время на оплату, минут').fill('35');
  await form.getByRole('radio', { name: 'Двухстадийная — блокировка, списание после подтверждения' }).check();
  await expectAccessible(page, 'payments settings with edits');
  await save.click();
  await expect(form.getByText(/^Сохранено — версия \d+\.$/)).toBeVisible();
  await expect(save).toBeDisabled();
  const history = page.getByRole('region', { name: 'История изменений' });
  await expect(history.getByRole('listitem').first()).toContainText('Время на оплату, минут: 20 → 35');

  await page
    .getByRole('navigation', { name: 'Группы настроек' })
    .getByRole('link', { name: 'Подпись заказов' })
    .click();
  const panel = page.getByRole('region', { name: 'Секретное слово' });
  await expect(panel).toBeVisible();
  await panel.getByLabel('Новое секретное слово').fill(SECRET);
  await panel.getByRole('combobox', { name: 'Прежнее слово принимать ещё' }).click();
  await page.getByRole('option', { name: '3 дня' }).click();
  await panel.getByRole('button', { name: 'Сменить секретное слово' }).click();
  await expect(panel.getByText('Секретное слово сменено. Уведомления уже подписываются новым.')).toBeVisible();
  const status = panel.getByRole('status', { name: 'Секретное слово' });
  await expect(status).toContainText(/Прежнее слово принимается в запросах до \d\d\.\d\d\.\d{4}, \d\d:\d\d/);
  // Measured from the word's own date, on the gateway's clock (other journeys move it ahead).
  const setAt = await status.locator('time').nth(0).getAttribute('datetime');
  const until = await status.locator('time').nth(1).getAttribute('datetime');
  expect((Date.parse(until ?? '') - Date.parse(setAt ?? '')) / 86_400_000).toBe(3);
  await expectAccessible(page, 'signature settings after a rotation');

  await page.setViewportSize({ width: 390, height: 844 });
  await panel.getByRole('button', { name: 'Сменить секретное слово' }).scrollIntoViewIfNeeded();
  await expect(panel.getByRole('button', { name: 'Сменить секретное слово' })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page, 'signature settings on a phone');

  for (const body of answers) {
    expect(body).not.toContain(SECRET);
    expect(body).not.toContain('TestWord2026');
  }
});

test('a viewer sees the settings read-only and the secret word nowhere', async ({ page }) => {
  const answers = recordAnswers(page);
  await page.goto('/login');
  await signInWithKeyboard(page, 'viewer');
  await page.getByRole('navigation', { name: 'Разделы кабинета' }).getByRole('link', { name: 'Настройки' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  await expect(
    page.getByText('Только просмотр: менять настройки может пользователь с правом «Настройки».'),
  ).toBeVisible();
  const form = page.getByRole('form', { name: 'Платежи' });
  await expect(form.getByLabel('Время на оплату, минут')).toBeDisabled();
  await expect(form.getByRole('button', { name: 'Сохранить' })).toHaveCount(0);
  await expectAccessible(page, 'payments settings, read-only');

  await page.getByRole('link', { name: 'Подпись заказов' }).click();
  const panel = page.getByRole('region', { name: 'Секретное слово' });
  await expect(panel.getByRole('status', { name: 'Секретное слово' })).toContainText('Задано');
  await expect(panel.getByLabel('Новое секретное слово')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'История изменений' })).toBeVisible();
  await expectAccessible(page, 'signature settings, read-only');
  await expect(page.locator('body')).not.toContainText('LiveWord2026');
  for (const body of answers) {
    expect(body).not.toContain('LiveWord2026');
    expect(body).not.toContain('TestWord2026');
  }
});
