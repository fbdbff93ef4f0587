import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { signInWithKeyboard } from './support/sign-in';

const DIST = process.env.E2E_DIST ?? 'dist';

test('the build travels compressed, with its security headers, and its manifest stays private', async ({ request }) => {
  const page = await request.get('/', { headers: { 'Accept-Encoding': 'br, gzip' } });
  expect(page.status()).toBe(200);
  const headers = page.headers();
  expect(headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
  expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');

  const entry = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
  expect(entry).toBeDefined();
  const script = await request.get(entry!, { headers: { 'Accept-Encoding': 'br, gzip' } });
  expect(script.headers()['content-encoding']).toBe('br');
  const sent = Number(script.headers()['content-length']);
  const onDisk = statSync(join(DIST, entry!)).size;
  expect(sent).toBeLessThan(onDisk / 2);

  expect((await request.get('/.vite/manifest.json')).status()).toBe(404);
});

test('the cabinet works under its Content-Security-Policy, without a single violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/');
  await signInWithKeyboard(page, 'viewer');
  await expect(page.getByRole('grid', { name: 'Заказы' })).toBeVisible();
  await expectAccessible(page, 'the orders page under CSP');
  expect(violations).toEqual([]);
});

test('opening the orders page fetches only the entry and the chunks its address preloads', async ({
  page,
  browser,
}) => {
  const preloads = JSON.parse(readFileSync(join(DIST, '.vite', 'route-preload.json'), 'utf8')) as [string, string[]][];
  const [, preloaded = []] = preloads.find(([pattern]) => new RegExp(pattern).test('/p/600401/orders')) ?? [];
  expect(preloaded.length).toBeGreaterThan(0);
  // The preload script's worker, which starts ICU off the main thread.
  const intlWorker = JSON.parse(readFileSync(join(DIST, '.vite', 'intl-worker.json'), 'utf8')) as string;

  await page.goto('/');
  await signInWithKeyboard(page, 'viewer');
  // A fresh browser with the same session: nothing in its cache, every script is a request.
  const fresh = await browser.newContext({ storageState: await page.context().storageState() });
  const monitor = await fresh.newPage();
  const scripts = new Set<string>();
  monitor.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) scripts.add(path);
  });
  const workers: string[] = [];
  monitor.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await monitor.goto('/p/600401/orders');
  await expect(monitor.getByRole('grid', { name: 'Заказы' })).toBeVisible();
  expect(workers).toEqual([intlWorker]);

  const [entry, preloadScript] = await monitor.evaluate(() =>
    ['script[type=module]', 'script:not([type])'].map(
      (selector) => new URL(document.querySelector<HTMLScriptElement>(selector)!.src).pathname,
    ),
  );
  // Anything else was discovered only once the entry had run: a second wave of requests.
  expect(scripts).toEqual(new Set([entry, preloadScript, intlWorker, ...preloaded]));
  await fresh.close();
});

test('a fresh load asks for the session and the first page once, before the app has run', async ({ page, browser }) => {
  await page.goto('/');
  await signInWithKeyboard(page, 'viewer');
  const fresh = await browser.newContext({ storageState: await page.context().storageState() });
  const monitor = await fresh.newPage();
  const asked: string[] = [];
  monitor.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) asked.push(`${request.method()} ${url.pathname}${url.search}`);
  });
  await monitor.goto('/p/600401/orders?state=Delayed&sort=orderamount');
  await expect(monitor.getByRole('grid', { name: 'Заказы' })).toBeVisible();
  await expect(monitor.getByRole('button', { name: /^Ожидают подтверждения/, pressed: true })).toBeVisible();

  // The preload script sent both; the app took their answers instead of asking again.
  expect(asked.filter((entry) => entry === 'GET /api/v1/session')).toHaveLength(1);
  expect(
    asked.filter((entry) => entry === 'GET /api/v1/profiles/600401/orders?state=Delayed&sort=orderamount'),
  ).toHaveLength(1);
  expect(await monitor.evaluate(() => Object.keys(window.__cabinetEarly ?? { missing: true }))).toEqual([]);
  await fresh.close();
});

test('the sign-in page fetches the orders monitor’s code while idle, so signing in waits for none of it', async ({
  page,
}) => {
  const table = JSON.parse(readFileSync(join(DIST, '.vite', 'route-preload.json'), 'utf8')) as [string, string[]][];
  const home = table.find(([pattern]) => new RegExp(pattern).test('/'))?.[1] ?? [];
  expect(home.length).toBeGreaterThan(0);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Войти' })).toBeVisible();
  await expect.poll(() => home.filter((file) => !fetched.includes(file))).toEqual([]);
  const links = await page
    .locator('link[rel="modulepreload"]')
    .evaluateAll((found) => found.map((link) => new URL((link as HTMLLinkElement).href).pathname));
  expect(links).toEqual(expect.arrayContaining(home));
});
