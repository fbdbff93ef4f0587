import { request } from 'node:http';

/**
 * The worst inputs found for the standalone gateway, timed by bench-orders-api.ts: order-number
 * masks that made a regular expression backtrack (list, counts and export alike), a body of
 * nothing but brackets, and a body declared far larger than the limit.
 */
interface Sample {
  ms: number;
  note: string;
}

type Case = [string, () => Promise<Sample>];

/** "%%%%%%!" backtracked for tens of seconds; the others are the worst for a piecewise search. */
export const WORST_MASKS: readonly [string, string][] = [
  ['%%%%%%!', '%%%%%%!'],
  ['%×127 then !', `${'%'.repeat(127)}!`],
  ['%a%a…% (64 pieces)', `%${'a%'.repeat(63)}`],
  ['%0123…%×7 then X', `%${'0123456789ABCDEF%'.repeat(7)}X`],
];

function timed(url: string, init: RequestInit, expected: number, note: (response: Response) => Promise<string>) {
  return async (): Promise<Sample> => {
    const started = performance.now();
    const response = await fetch(url, init);
    const text = await note(response);
    if (response.status !== expected) throw new Error(`${url}: ${response.status}, expected ${expected}`);
    return { ms: performance.now() - started, note: text };
  };
}

/** A body announced as 400 MB: the answer must come before the body is sent. */
function declaredHuge(api: string): () => Promise<Sample> {
  return () =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const req = request(
        `${api}/session`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Content-Length': String(400 * 1024 * 1024) },
        },
        (res) => {
          res.resume();
          const ms = performance.now() - started;
          req.destroy();
          if (res.statusCode !== 413) reject(new Error(`400 MB body: ${res.statusCode}`));
          else resolve({ ms, note: '413 before the body' });
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
      });
      req.write(Buffer.alloc(64 * 1024, 0x20));
    });
}

export function robustnessCases(api: string, base: string, auth: { headers: Record<string, string> }): Case[] {
  const total = async (response: Response) => {
    const body = (await response.json()) as { total?: number; all?: number };
    return `total ${body.total ?? body.all}`;
  };
  const rows = async (response: Response) => {
    await response.arrayBuffer();
    return `${response.headers.get('X-Total-Count')} rows`;
  };
  const cases: Case[] = [];
  for (const [label, mask] of WORST_MASKS) {
    const q = `ordernumber=${encodeURIComponent(mask)}`;
    cases.push([`mask ${label}: list`, timed(`${base}?${q}`, auth, 200, total)]);
    cases.push([`mask ${label}: counts`, timed(`${base}/counts?${q}`, auth, 200, total)]);
    cases.push([`mask ${label}: export`, timed(`${base}/export?${q}`, auth, 200, rows)]);
  }
  const brackets = `${'['.repeat(32 * 1024)}${']'.repeat(32 * 1024)}`;
  cases.push([
    '64 KiB of brackets → 422',
    timed(
      `${api}/session`,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: brackets },
      422,
      async (r) => {
        await r.arrayBuffer();
        return 'refused';
      },
    ),
  ]);
  cases.push(['400 MB body declared → 413', declaredHuge(api)]);
  return cases;
}
