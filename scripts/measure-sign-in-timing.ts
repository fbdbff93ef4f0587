import { getResponse } from 'msw';
import { handlers } from '../mocks/handlers/handlers';
import { getGateway, resetGateway } from '../mocks/runtime';

/**
 * How long a refused sign-in takes for a known login with a wrong password and for a login that
 * does not exist: `npm run measure:sign-in`. Equal figures mean the answer's timing does not
 * reveal which logins exist. Median and minimum of alternating samples, in milliseconds.
 */
const SAMPLES = 200;
resetGateway({ liveOrders: 0, testOrders: 0, now: '2026-11-28T09:00:00Z' });

async function attempt(login: string): Promise<number> {
  getGateway().access.state.lockout.succeed(login);
  const request = new Request('http://cabinet.test/api/v1/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login, password: 'Wrong-password-1' }),
  });
  const started = performance.now();
  const response = await getResponse(handlers, request);
  const elapsed = performance.now() - started;
  if (response?.status !== 401) throw new Error(`expected 401, got ${response?.status}`);
  return elapsed;
}

const times: Record<string, number[]> = { 'known login, wrong password': [], 'unknown login': [] };
for (let i = 0; i < SAMPLES; i += 1) {
  times['known login, wrong password']!.push(await attempt('admin'));
  times['unknown login']!.push(await attempt('no_such_user'));
}
for (const [label, samples] of Object.entries(times)) {
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  console.log(
    `${label.padEnd(28)} median ${median.toFixed(2)} ms, min ${samples[0]!.toFixed(2)} ms (${SAMPLES} samples)`,
  );
}
