import { execFileSync } from 'node:child_process';
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

test('the production build carries no mock code and no service worker', () => {
  expect(existsSync('dist/index.html')).toBe(true);
  expect(existsSync('dist/mockServiceWorker.js')).toBe(false);
  const code = scripts('dist');
  for (const marker of MOCK_MARKERS) expect(code, marker).not.toContain(marker);
});

test('the demo build embeds the mock gateway and its worker', () => {
  test.setTimeout(180_000);
  const outDir = 'test-results/dist-demo';
  rmSync(outDir, { recursive: true, force: true });
  execFileSync('npx', ['vite', 'build', '--mode', 'demo', '--outDir', outDir, '--logLevel', 'error'], {
    stdio: 'inherit',
  });
  expect(existsSync(join(outDir, 'mockServiceWorker.js'))).toBe(true);
  expect(scripts(outDir)).toContain('mockServiceWorker');
});
