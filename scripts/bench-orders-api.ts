import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import { createBrotliDecompress, createGunzip } from 'node:zlib';
import { robustnessCases } from './bench-robustness';

/**
 * Times the orders API over real HTTP through the mock API's own handlers:
 *   npx tsx scripts/bench-orders-api.ts [orders=20000] [runs=50]
 * Prints seeding time and median/p95 of list pages, of the quick-view counts, of the filtered
 * list's totals, of the time to the first 64 KiB of the CSV export (what the user waits for
 * before the download starts) and, once, the whole export; then the worst inputs (bench-robustness.ts). The gateway runs in its own process (`mocks/server.ts`): in this one,
 * its producing loop would compete with the measuring client for the event loop and hide when
 * the first bytes really leave.
 */
const orders = Number(process.argv[2] ?? 20_000);
// A p95 of 20 samples would be the second worst; 50 make it a percentile.
const runs = Number(process.argv[3] ?? 50);
const WARM_UP = 5;
const FIRST_BYTES = 64 * 1024;

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Starts the standalone gateway and resolves with its seeding time once it listens. */
async function startGateway(port: number): Promise<{ child: ChildProcess; seededMs: number }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'mocks/server.ts',
      '--port',
      String(port),
      '--orders',
      String(orders),
      '--test-orders',
      String(Math.round(orders / 10)),
      '--seed',
      '1',
      // The contract check of every answer is the mock's test of itself, not the gateway's work.
      '--check-responses=false',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  // Read, never close, the child's stdout: it keeps printing and must not hit a closed pipe.
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += String(chunk);
      const match = /seeded in (\d+) ms/.exec(output);
      if (match) resolve({ child, seededMs: Number(match[1]) });
    });
    child.once('exit', (code) => reject(new Error(`the gateway exited (${code}):\n${output}`)));
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

interface Sample {
  ms: number;
  note: string;
}

/** Runs `once` runs + WARM_UP times; the first ones warm the JIT and the indexes and are not counted. */
async function time(once: () => Promise<Sample>): Promise<{ median: number; p95: number; note: string }> {
  const samples: number[] = [];
  let note = '';
  for (let i = 0; i < runs + WARM_UP; i += 1) {
    const sample = await once();
    note = sample.note;
    if (i >= WARM_UP) samples.push(sample.ms);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p95: percentile(samples, 95), note };
}

const port = await freePort();
const { child, seededMs } = await startGateway(port);
const api = `http://127.0.0.1:${port}/api/v1`;
const base = `${api}/profiles/600401/orders`;
const login = await fetch(`${api}/session`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ login: 'accountant', password: 'Demo1234' }),
});
// The session is an HttpOnly cookie: a script carries it back as a browser would.
const cookie = (login.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
const auth = { headers: { Cookie: cookie } };

// A lean client on kept-alive connections, as a browser holds them. undici's fetch spends a few
// milliseconds of its own per answer (web streams), which would be counted as the gateway's.
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** GETs `url` and reads the answer, decompressed, until `limit` bytes have arrived (or its end). */
function get(url: string, limit = Number.POSITIVE_INFINITY): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { agent, headers: { ...auth.headers, 'Accept-Encoding': 'br, gzip' } }, (res) => {
      const encoding = res.headers['content-encoding'];
      const stream =
        encoding === 'br' ? res.pipe(createBrotliDecompress()) : encoding === 'gzip' ? res.pipe(createGunzip()) : res;
      const chunks: Buffer[] = [];
      let bytes = 0;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      };
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        bytes += chunk.byteLength;
        if (bytes >= limit) {
          finish();
          // The rest of a long export is not wanted: this connection is dropped, not drained.
          req.destroy();
        }
      });
      stream.on('end', finish);
      stream.on('error', (error) => (done ? undefined : reject(error)));
    });
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? undefined : reject(error)));
    req.end();
  });
}

function json(url: string, field: (body: Record<string, number>) => number) {
  return async (): Promise<Sample> => {
    const started = performance.now();
    const reply = await get(url);
    const ms = performance.now() - started;
    const body = JSON.parse(reply.body.toString('utf8')) as Record<string, number>;
    if (reply.status !== 200) throw new Error(`${url}: ${reply.status} ${JSON.stringify(body)}`);
    return { ms, note: `total ${field(body)}` };
  };
}

/** Reads the export until `limit` bytes have arrived (all of it when limit is Infinity). */
function csv(url: string, limit: number) {
  return async (): Promise<Sample> => {
    const started = performance.now();
    const reply = await get(url, limit);
    const ms = performance.now() - started;
    if (reply.status !== 200) throw new Error(`${url}: ${reply.status} ${reply.body.toString('utf8')}`);
    const rows = reply.headers['x-total-count'];
    return { ms, note: `${rows} rows, ${(reply.body.byteLength / 1024).toFixed(0)} KiB read` };
  };
}

const filtered = 'state=Approved,PartialCanceled&customer=%D0%B8%D0%B2%D0%B0%D0%BD&amountFrom=1000';
const delayed = 'state=Delayed';
const mask = 'ordernumber=PL-1012%25';
const cases: [string, () => Promise<Sample>][] = [
  ['list: newest first', json(`${base}?page=1&pageSize=25`, (body) => body.total!)],
  ['list: state filter', json(`${base}?${delayed}`, (body) => body.total!)],
  ['list: order-number mask', json(`${base}?${mask}`, (body) => body.total!)],
  ['list: by amount, 100 per page', json(`${base}?sort=-orderamount&pageSize=100`, (body) => body.total!)],
  ['list: state filter by amount', json(`${base}?${delayed}&sort=-orderamount`, (body) => body.total!)],
  ['list: state + customer + amount', json(`${base}?${filtered}`, (body) => body.total!)],
  ['counts: no filter', json(`${base}/counts`, (body) => body.all!)],
  ['counts: order-number mask', json(`${base}/counts?${mask}`, (body) => body.all!)],
  ['counts: customer + amount', json(`${base}/counts?${filtered.replace(/^state=[^&]*&/, '')}`, (body) => body.all!)],
  ['totals: no filter', json(`${base}/totals`, (body) => body.count!)],
  ['totals: state filter', json(`${base}/totals?${delayed}`, (body) => body.count!)],
  ['totals: order-number mask', json(`${base}/totals?${mask}`, (body) => body.count!)],
  ['totals: state + customer + amount', json(`${base}/totals?${filtered}`, (body) => body.count!)],
  ['export: first 64 KiB, newest first', csv(`${base}/export`, FIRST_BYTES)],
  ['export: first 64 KiB, state filter', csv(`${base}/export?${delayed}`, FIRST_BYTES)],
  ['export: first 64 KiB, mask', csv(`${base}/export?${mask}`, FIRST_BYTES)],
  ['export: first 64 KiB, by amount', csv(`${base}/export?sort=-orderamount`, FIRST_BYTES)],
];
console.log(`${orders} live + ${Math.round(orders / 10)} test orders seeded in ${seededMs} ms; ${runs} runs each`);
for (const [label, once] of cases) {
  const result = await time(once);
  console.log(
    `${label.padEnd(38)} median ${result.median.toFixed(1).padStart(7)} ms   p95 ${result.p95.toFixed(1).padStart(7)} ms   (${result.note})`,
  );
}
const whole = await csv(`${base}/export`, Number.POSITIVE_INFINITY)();
console.log(`${'export: whole file, once'.padEnd(38)} ${whole.ms.toFixed(0).padStart(14)} ms   (${whole.note})`);

for (const [label, once] of robustnessCases(api, base, auth)) {
  const result = await time(once);
  console.log(
    `${label.padEnd(38)} median ${result.median.toFixed(1).padStart(7)} ms   p95 ${result.p95.toFixed(1).padStart(7)} ms   (${result.note})`,
  );
}
child.kill();
