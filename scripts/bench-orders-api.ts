import type { AddressInfo } from 'node:net';
import { resetGateway } from '../mocks/runtime';
import { createGatewayServer } from '../mocks/standalone/app';

/**
 * Times the orders list over real HTTP through the mock API's own handlers:
 *   npx tsx scripts/bench-orders-api.ts [orders=20000] [runs=20]
 * Prints seeding time and median/p95 of the first page and of a filtered page.
 */
const orders = Number(process.argv[2] ?? 20_000);
const runs = Number(process.argv[3] ?? 20);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function time(url: string, token: string): Promise<{ median: number; p95: number; total: number }> {
  const samples: number[] = [];
  let total = 0;
  for (let i = 0; i < runs + 2; i += 1) {
    const started = performance.now();
    const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    const body = (await response.json()) as { total?: number };
    if (response.status !== 200) throw new Error(`${url}: ${response.status} ${JSON.stringify(body)}`);
    total = body.total ?? 0;
    // The first two runs warm the JIT and are not counted.
    if (i >= 2) samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p95: percentile(samples, 95), total };
}

const seeding = performance.now();
resetGateway({ seed: 1, liveOrders: orders, testOrders: Math.round(orders / 10), now: () => Date.now() });
const seededIn = performance.now() - seeding;

const server = createGatewayServer();
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
const login = await fetch(`${base}/session`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ login: 'viewer', password: 'Demo1234' }),
});
const { token } = (await login.json()) as { token: string };

const cases: [string, string][] = [
  ['first page (newest first)', '?page=1&pageSize=25'],
  [
    'filtered: state + customer + amount',
    '?state=Approved,PartialCanceled&customer=%D0%B8%D0%B2%D0%B0%D0%BD&amountFrom=1000',
  ],
  ['sorted by amount, 100 per page', '?sort=-orderamount&pageSize=100'],
];
console.log(
  `${orders} live + ${Math.round(orders / 10)} test orders seeded in ${seededIn.toFixed(0)} ms; ${runs} runs each`,
);
for (const [label, search] of cases) {
  const result = await time(`${base}/profiles/600401/orders${search}`, token);
  console.log(
    `${label.padEnd(38)} median ${result.median.toFixed(1).padStart(6)} ms   p95 ${result.p95.toFixed(1).padStart(6)} ms   (total ${result.total})`,
  );
}
server.close();
server.closeAllConnections();
