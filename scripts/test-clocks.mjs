#!/usr/bin/env node
/**
 * The Vitest suite on other clocks (`npm run test:clocks`, run by .ci/run after `npm test`):
 * a year ahead and 100 days back, through libfaketime, so Date.now() itself moves for the
 * whole run, worker processes included; and in two time zones far from UTC and from the
 * merchant's. Each run also checks that its shift really took (tests/unit/clock-guard.test.ts).
 */
import { spawnSync } from 'node:child_process';

const RUNS = [
  { name: 'a year ahead, America/Los_Angeles', shiftDays: 365, zone: 'America/Los_Angeles' },
  { name: '100 days back, Asia/Kolkata', shiftDays: -100, zone: 'Asia/Kolkata' },
];

const hasFaketime = spawnSync('faketime', ['-f', '+0d', 'true']).status === 0;
// Only the guard's own file when asked (`npm run test:clocks -- --guard-only`): a quick check.
const only = process.argv.includes('--guard-only') ? ['tests/unit/clock-guard.test.ts'] : [];
if (!hasFaketime) {
  console.error('test:clocks needs libfaketime: apt-get install -y faketime (Debian package "faketime").');
  process.exit(1);
}

const failed = [];
for (const run of RUNS) {
  console.log(`\n=== vitest: ${run.name} ===`);
  const env = {
    ...process.env,
    TZ: run.zone,
    CLOCK_GUARD_REAL_NOW_MS: String(Date.now()),
    CLOCK_GUARD_SHIFT_DAYS: String(run.shiftDays),
    CLOCK_GUARD_TIME_ZONE: run.zone,
  };
  const vitest = ['npx', 'vitest', 'run', ...only];
  const shift = `${run.shiftDays >= 0 ? '+' : ''}${run.shiftDays}d`;
  const [command, ...args] = ['faketime', '-f', shift, ...vitest];
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) failed.push(run.name);
}

if (failed.length > 0) {
  console.error(`\nFailed on: ${failed.join('; ')}`);
  process.exit(1);
}
console.log('\nThe suite passes on every clock and zone.');
