import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/** Markers that only the mock layer carries. */
const MOCK_MARKERS = ['mockServiceWorker', 'setupWorker', 'startMockWorker', '__gateway'];

function scripts(dir: string): string {
  const assets = join(dir, 'assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(assets, file), 'utf8'))
    .join('\n');
}

const DIST = process.env.E2E_DIST ?? 'dist';

test('the production build carries no mock code and no service worker', () => {
  expect(existsSync(join(DIST, 'index.html'))).toBe(true);
  expect(existsSync(join(DIST, 'mockServiceWorker.js'))).toBe(false);
  const code = scripts(DIST);
  for (const marker of MOCK_MARKERS) expect(code, marker).not.toContain(marker);
});

test('the sign-in and orders pages stay within their JavaScript budgets', () => {
  // measure:bundle --check exits with 1 (and execFileSync throws) when a page is over budget.
  const report = execFileSync('node', ['scripts/measure-bundle.mjs', DIST, '--check'], { encoding: 'utf8' });
  expect(report).toMatch(/sign-in page .* budget/);
  expect(report).toMatch(/sign-in page, English .* budget/);
  expect(report).toMatch(/orders page .* budget/);
});

test('the build has one style sheet, linked from the page: no lazy chunk waits for CSS of its own', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    { file: string; css?: string[] }
  >;
  const chunks = Object.values(manifest);
  expect(chunks.filter((chunk) => (chunk.css?.length ?? 0) > 0)).toEqual([]);
  const sheets = chunks.map((chunk) => chunk.file).filter((file) => file.endsWith('.css'));
  expect(sheets).toHaveLength(1);
  expect(readFileSync(join(DIST, 'index.html'), 'utf8')).toContain(`rel="stylesheet" crossorigin href="/${sheets[0]}"`);
});

test('the demo build embeds the mock gateway and its worker, and a visitor can sign in to it', async ({ page }) => {
  test.setTimeout(180_000);
  const outDir = `${DIST}-demo`;
  rmSync(outDir, { recursive: true, force: true });
  execFileSync('npx', ['vite', 'build', '--mode', 'demo', '--outDir', outDir, '--logLevel', 'error'], {
    stdio: 'inherit',
  });
  expect(existsSync(join(outDir, 'mockServiceWorker.js'))).toBe(true);
  expect(scripts(outDir)).toContain('mockServiceWorker');

  // A static server only: every API answer must come from the worker inside the page.
  const port = Number(process.env.E2E_PORT ?? 8787) + 100;
  const preview = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  try {
    await expect(async () => {
      expect((await fetch(`http://127.0.0.1:${port}/`)).ok).toBe(true);
    }).toPass({ timeout: 30_000 });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByLabel('Логин').fill('viewer');
    await page.getByLabel('Пароль').fill('Demo1234');
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect(page.getByRole('heading', { name: 'Заказы' })).toBeVisible({ timeout: 30_000 });
    await expect(
      page
        .getByRole('row')
        .filter({ has: page.getByRole('gridcell') })
        .first(),
    ).toBeVisible();
  } finally {
    if (preview.pid) process.kill(-preview.pid);
  }
});
