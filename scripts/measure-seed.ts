import { createGateway } from '../mocks/gateway/gateway';

/**
 * How long the standalone gateway takes to seed before it listens (`npm run gateway` seeds
 * 20 000 live + 2 000 test orders; benchmarks use 200 000): the median of several runs, on a
 * fixed instant so that every run seeds the same history.
 * `npm run measure:seed [-- --orders 200000 --runs 5]`
 */
function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

const orders = option('orders', 20_000);
const runs = option('runs', 7);
const now = Date.parse('2026-11-28T09:00:00Z');
const wall: number[] = [];
// CPU time as well: on a shared machine the wall clock mostly measures the neighbours.
const cpu: number[] = [];
for (let run = 0; run < runs; run += 1) {
  const started = performance.now();
  const usage = process.cpuUsage();
  createGateway({ seed: 1, liveOrders: orders, testOrders: 2_000, now });
  const spent = process.cpuUsage(usage);
  wall.push(performance.now() - started);
  cpu.push((spent.user + spent.system) / 1000);
}
const median = (values: number[]) => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!);
console.log(
  `seed ${orders} live + 2000 test orders, ${runs} runs: median wall ${median(wall)} ms, median CPU ${median(cpu)} ms (min wall ${Math.round(Math.min(...wall))} ms)`,
);
