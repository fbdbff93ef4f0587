import { existsSync } from 'node:fs';
import { DEMO_PASSWORD, DEMO_USERS } from './gateway/enterprise';
import { configureMocks } from './handlers/config';
import { resetGateway } from './runtime';
import { createGatewayServer } from './standalone/app';
import { parseArgs } from './standalone/cli-args';
import { parseOrigins } from './standalone/cors';
import { httpNotificationTransport } from './standalone/notification-transport';

/**
 * Standalone mock gateway: `npm run gateway -- --port 8787 [--orders N] [--test-orders N]
 * [--seed S] [--latency MS] [--dist dist] [--allow-origin URL,…] [--trust-proxy IP,…]
 * [--csp-report-only] [--check-responses=false]`. Serves the API and, if built, the cabinet itself.
 */
const args = parseArgs(process.argv.slice(2));
const started = performance.now();
const gateway = resetGateway({
  seed: args.seed,
  liveOrders: args.orders,
  testOrders: args.testOrders,
  now: () => Date.now(),
  // Result notifications are real HTTP requests to the shop's URL.
  notificationTransport: httpNotificationTransport(),
  notificationTimeoutMs: Number(process.env.GATEWAY_NOTIFY_TIMEOUT_MS ?? 10_000),
});
// Retries fall due as real time passes, whether or not anyone reads the log.
setInterval(() => void gateway.notifications.processDue(), 1000).unref();
configureMocks({
  latencyMs: args.latency,
  validateResponses: args.checkResponses,
  testControls: process.env.GATEWAY_TEST_CONTROLS === '1',
});
const seededIn = Math.round(performance.now() - started);

const server = createGatewayServer({
  dist: args.dist,
  allowedOrigins: parseOrigins(args.allowOrigin),
  trustedProxies: new Set(
    args.trustProxy
      .split(',')
      .map((address) => address.trim())
      .filter((address) => address !== ''),
  ),
  cspReportOnly: args.cspReportOnly,
});
server.listen(args.port, args.host, () => {
  const url = `http://${args.host}:${args.port}`;
  const site = existsSync(`${args.dist}/index.html`)
    ? `${url}/ (build from ${args.dist}/)`
    : `none (no ${args.dist}/index.html)`;
  console.log(
    `Mock gateway: ${url}/api/v1  (${args.orders} live + ${args.testOrders} test orders, seed ${args.seed}, seeded in ${seededIn} ms)`,
  );
  console.log(`Cabinet: ${site}`);
  if (args.cspReportOnly) console.log('Content-Security-Policy: report-only (--csp-report-only; never in production)');
  console.log(`Sign in as ${DEMO_USERS.map((user) => user.login).join(', ')}; password ${DEMO_PASSWORD}`);
});

function stop(signal: string): void {
  console.log(`\n${signal}: stopping the mock gateway`);
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.once('SIGINT', () => stop('SIGINT'));
process.once('SIGTERM', () => stop('SIGTERM'));
