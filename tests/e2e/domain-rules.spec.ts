import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { signInWithKeyboard } from './support/sign-in';

const LIVE = '600401';

async function apiToken(request: APIRequestContext): Promise<string> {
  const answer = await request.post('/api/v1/session', { data: { login: 'viewer', password: 'Demo1234' } });
  expect(answer.status()).toBe(200);
  return ((await answer.json()) as { token: string }).token;
}

/** A seeded live order paid partly with «Спасибо» points: one-stage МИР card payments in roubles. */
async function pointsOrder(request: APIRequestContext, token: string): Promise<string> {
  const headers = { Authorization: `Bearer ${token}` };
  const list = await request.get(
    `/api/v1/profiles/${LIVE}/orders?ordertype=one-stage&brand=MIR&means=card&currency=RUB&pageSize=100`,
    { headers },
  );
  const { items } = (await list.json()) as { items: { billnumber: string }[] };
  for (const { billnumber } of items) {
    const detail = (await (await request.get(`/api/v1/profiles/${LIVE}/orders/${billnumber}`, { headers })).json()) as {
      operations: { type: string }[];
    };
    if (detail.operations.some((op) => op.type === '400')) return billnumber;
  }
  throw new Error('no order paid with points among the newest one-stage МИР payments');
}

test('the monitor filters by order type, and the order page shows a points payment with each operation’s means', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await signInWithKeyboard(page, 'viewer');
  const rows = page.getByRole('row').filter({ has: page.getByRole('gridcell') });
  await expect(rows.first()).toBeVisible();

  await page.getByRole('button', { name: 'Фильтры', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Фильтры заказов' });
  await panel.getByLabel('Тип заказа').selectOption({ label: 'Двухстадийный' });
  await expect(page).toHaveURL(/ordertype=two-stage/);
  await expect(page.getByRole('region', { name: 'Активные фильтры' })).toContainText('Тип заказа: Двухстадийный');
  await expect(rows.first()).toBeVisible();
  await expectAccessible(page, 'orders, two-stage only');

  const token = await apiToken(request);
  const billnumber = await pointsOrder(request, token);
  await page.goto(`/p/${LIVE}/orders/${billnumber}`);
  const operations = page.getByRole('region', { name: 'Операции' });
  const points = operations.getByRole('article', { name: new RegExp(`^Оплата баллами «Спасибо» ${billnumber}\\.`) });
  await expect(points).toBeVisible();
  const payment = operations.getByRole('article', { name: `Оплата ${billnumber}.1` });
  await expect(payment.getByText('Средство платежа')).toBeVisible();
  await expect(payment.getByText(/^Мир 220\d{3}\*+\d{4}$/)).toBeVisible();
  await expectAccessible(page, 'order paid partly with points');
});

test('the API answers HTTP methods as HTTP says over the real server', async ({ request }) => {
  const token = await apiToken(request);
  const headers = { Authorization: `Bearer ${token}` };
  const put = await request.fetch(`/api/v1/profiles/${LIVE}/orders`, { method: 'PUT', headers });
  expect(put.status()).toBe(405);
  expect(put.headers().allow).toBe('GET, HEAD');
  const head = await request.fetch(`/api/v1/profiles/${LIVE}/orders?pageSize=1`, { method: 'HEAD', headers });
  expect(head.status()).toBe(200);
  expect(head.headers()['content-type']).toContain('application/json');
  expect((await head.body()).length).toBe(0);
  const hex = await request.get(`/api/v1/profiles/${LIVE}/orders?page=0x10`, { headers });
  expect(hex.status()).toBe(422);
});
