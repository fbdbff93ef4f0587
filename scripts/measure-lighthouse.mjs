import { spawn } from 'node:child_process';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

/**
 * Lighthouse (mobile preset: slow 4G, CPU throttled 4x) on the sign-in page and on the orders
 * page of the production build, served by the standalone gateway:
 *
 *   npm run build && npm run measure:lighthouse [-- --port 8971 --orders 20000 --dist dist]
 *
 * The orders page is measured signed in: the browser signs in beforehand through the API alone
 * (the session cookie), so the page's code and assets still load cold. A page that ends
 * anywhere but where it was opened (a redirect to sign in) is an error, not a figure.
 */
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const port = Number(option('port', 8971));
const orders = option('orders', '20000');
const dist = option('dist', 'dist');
const origin = `http://127.0.0.1:${port}`;
const chromePath = process.env.CHROME_PATH ?? (await findChromium());
if (!chromePath) throw new Error('No Chromium found: set CHROME_PATH');

const gateway = spawn(
  'npx',
  ['tsx', 'mocks/server.ts', '--port', String(port), '--orders', orders, '--dist', dist, '--latency', '0'],
  { stdio: 'ignore', detached: true },
);
const stopGateway = () => {
  try {
    process.kill(-gateway.pid);
  } catch {
    // already gone
  }
};

async function waitForGateway() {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    try {
      if ((await fetch(`${origin}/api/v1/meta`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the gateway did not start');
}

async function audit(chrome, url) {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    // Keeps the session cookie; the HTTP cache holds no page asset yet.
    disableStorageReset: true,
  });
  const { categories, audits, finalDisplayedUrl } = result.lhr;
  if (new URL(finalDisplayedUrl).pathname !== new URL(url).pathname) {
    throw new Error(`${url} ended at ${finalDisplayedUrl}`);
  }
  const ms = (id) => `${(audits[id].numericValue / 1000).toFixed(1)} s`;
  return {
    performance: categories.performance.score,
    accessibility: categories.accessibility.score,
    FCP: ms('first-contentful-paint'),
    LCP: ms('largest-contentful-paint'),
    TBT: `${Math.round(audits['total-blocking-time'].numericValue)} ms`,
    CLS: audits['cumulative-layout-shift'].numericValue?.toFixed(3) ?? audits['cumulative-layout-shift'].errorMessage,
  };
}

let chrome;
try {
  await waitForGateway();
  const results = {};
  chrome = await launch({ chromePath, chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'] });
  results['sign-in (/login)'] = await audit(chrome, `${origin}/login`);
  await chrome.kill();

  chrome = await launch({
    chromePath,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
    // A blank same-origin page that only signs in: no script or style of the app is fetched.
    startingUrl: `${origin}/api/v1/meta`,
  });
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const [page] = browser.contexts()[0].pages();
  // The session is an HttpOnly cookie: the browser itself signs in and keeps it.
  const status = await page.evaluate(async () => {
    const response = await fetch('/api/v1/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login: 'viewer', password: 'Demo1234' }),
    });
    return response.status;
  });
  if (status !== 200) throw new Error(`signing in answered ${status}`);
  await browser.close();
  results['orders (/p/600401/orders)'] = await audit(chrome, `${origin}/p/600401/orders`);
  console.table(results);
} finally {
  await chrome?.kill();
  stopGateway();
}
