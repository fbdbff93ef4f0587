/**
 * Measures the orders monitor in a real (headless) Chromium against the production build served
 * by the standalone mock gateway, for a small and a large shop:
 *   - time to first row: from navigation to the orders page until the first data row is drawn;
 *   - filter latency: from changing a filter (through the URL, as a shared link or the back
 *     button would) until the first row of the new result is drawn.
 * Medians of several runs. Usage: npm run measure:monitoring [-- --runs 5 --sizes 2000,200000]
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium, type Page } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

interface Options {
  runs: number;
  sizes: number[];
  dist: string;
  build: boolean;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  return {
    runs: Number(value('runs') ?? 5),
    sizes: (value('sizes') ?? '2000,200000').split(',').map(Number),
    dist: value('dist') ?? 'dist-measure',
    build: !argv.includes('--no-build'),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function startGateway(port: number, dist: string, orders: number): Promise<ChildProcess> {
  const child = spawn(
    'npx',
    ['tsx', 'mocks/server.ts', '--port', String(port), '--dist', dist, '--orders', String(orders), '--latency', '0'],
    { stdio: ['ignore', 'pipe', 'inherit'], detached: true },
  );
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/meta`);
      if (response.ok) return child;
    } catch {
      // Still seeding.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stopGateway(child);
  throw new Error(`the gateway with ${orders} orders did not start`);
}

function stopGateway(child: ChildProcess): void {
  // The gateway runs under npx in its own process group: end that group (and only it).
  if (child.pid !== undefined) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const FIRST_ROW = '[role="grid"] [role="row"][data-id]';

async function signIn(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('Логин').fill('viewer');
  await page.getByLabel('Пароль').fill('Demo1234');
  await page.keyboard.press('Enter');
  await page.waitForSelector(FIRST_ROW);
}

/** Navigation start → first data row, measured in the page's own clock. */
async function timeToFirstRow(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(FIRST_ROW);
  return page.evaluate(() => performance.now());
}

/**
 * A filter applied through the router (as a link, a chip or the back button does): from the
 * change until the first row of the new result replaces the old one.
 */
/**
 * Runs in the page. A string, not a function: tsx would wrap inner functions in a helper
 * (`__name`) that does not exist in the page.
 */
const FILTER_PROBE = `async ({ search, selector }) => {
  const before = document.querySelector(selector)?.getAttribute('data-id') ?? null;
  const started = performance.now();
  history.pushState(null, '', location.pathname + '?' + search);
  dispatchEvent(new PopStateEvent('popstate'));
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('no result for ' + search)), 60000);
    let sawBusy = false;
    // The old rows stay on screen under a progress bar until the new ones arrive.
    const check = () => {
      const first = document.querySelector(selector);
      const busy = document.querySelector('.MuiDataGrid-root .MuiLinearProgress-root') !== null;
      sawBusy ||= busy;
      if (first && !busy && (sawBusy || first.getAttribute('data-id') !== before)) {
        clearTimeout(timeout);
        resolve(performance.now() - started);
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}`;

/**
 * A filter applied through the router (as a link, a chip or the back button does): from the
 * change until the first row of the new result replaces the old one.
 */
async function filterLatency(page: Page, search: string): Promise<number> {
  const probe = await page.evaluateHandle(FILTER_PROBE);
  const elapsed = await probe.evaluate(
    (run: unknown, args: { search: string; selector: string }) => (run as (a: typeof args) => Promise<number>)(args),
    { search, selector: FIRST_ROW },
  );
  await probe.dispose();
  return elapsed;
}

async function measure(size: number, options: Options, executablePath: string) {
  const port = await freePort();
  const gateway = await startGateway(port, options.dist, size);
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const context = await browser.newContext({ locale: 'ru-RU', timezoneId: 'Asia/Novosibirsk' });
    const page = await context.newPage();
    const base = `http://127.0.0.1:${port}`;
    await signIn(page, base);
    const profile = new URL(page.url()).pathname.split('/')[2] ?? '600401';
    const ordersUrl = `${base}/p/${profile}/orders`;
    const firstRow: number[] = [];
    const filter: number[] = [];
    const filters = [
      'state=Delayed',
      'amountFrom=1000&currency=RUB',
      'means=card&brand=VISA',
      'state=Declined,Timeout',
    ];
    for (let run = 0; run < options.runs; run += 1) {
      await page.goto('about:blank');
      firstRow.push(await timeToFirstRow(page, ordersUrl));
      filter.push(await filterLatency(page, filters[run % filters.length] ?? 'state=Delayed'));
    }
    await context.close();
    return { size, firstRow: median(firstRow), filter: median(filter) };
  } finally {
    await browser.close();
    stopGateway(gateway);
  }
}

const options = parseOptions(process.argv.slice(2));
const executablePath = await findChromium();
if (!executablePath) {
  console.error('No Chromium found: set CHROMIUM_PATH or install one (apt-get install -y chromium).');
  process.exit(1);
}
if (options.build)
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', options.dist], { stdio: 'inherit' });

const results = [];
for (const size of options.sizes) {
  const result = await measure(size, options, executablePath);
  console.log(
    `${size.toLocaleString('en')} orders: first row ${result.firstRow.toFixed(0)} ms, filter change ${result.filter.toFixed(0)} ms (median of ${options.runs})`,
  );
  results.push(result);
}
console.table(
  results.map((r) => ({
    orders: r.size,
    'first row, ms': Math.round(r.firstRow),
    'filter → first row, ms': Math.round(r.filter),
  })),
);
