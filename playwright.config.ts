import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 8787);
const DIST = process.env.E2E_DIST ?? 'dist';
const baseURL = `http://127.0.0.1:${PORT}`;
/** The demo build (mock gateway inside the page) is served statically on a port of its own. */
const DEMO_PORT = Number(process.env.E2E_DEMO_PORT ?? PORT + 1000);
const DEMO_DIST = `${DIST}-demo`;
/** The demo shop that receives the gateway's result notifications in the journeys. */
const SHOP_PORT = Number(process.env.E2E_SHOP_PORT ?? PORT + 300);

/** Journeys in real Chromium against the production build, served by the standalone gateway. */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    locale: 'ru-RU',
    timezoneId: 'Asia/Novosibirsk',
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'production', testIgnore: '**/*.demo.spec.ts' },
    { name: 'demo', testMatch: '**/*.demo.spec.ts', use: { baseURL: `http://127.0.0.1:${DEMO_PORT}` } },
  ],
  webServer: [
    {
      // Test controls let a journey move the gateway's clock (session expiry, lockouts).
      // A shop that does not answer is given up on after 1.5 s, so retries pile up quickly.
      command: `GATEWAY_TEST_CONTROLS=1 GATEWAY_NOTIFY_TIMEOUT_MS=1500 npx tsx mocks/server.ts --port ${PORT} --dist ${DIST} --latency 0`,
      url: `${baseURL}/api/v1/meta`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
    },
    {
      command: `npx tsx mocks/shop/main.ts --port ${SHOP_PORT} --secret TestWord2026`,
      url: `http://127.0.0.1:${SHOP_PORT}/__shop/received`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
    },
    {
      command: `npx vite preview --outDir ${DEMO_DIST} --port ${DEMO_PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${DEMO_PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
    },
  ],
});
