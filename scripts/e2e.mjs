import { execFileSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

/**
 * End-to-end run: obtain a Chromium, build the production bundle, then let Playwright start the
 * standalone mock gateway (which serves that build) and drive the journeys; the demo build
 * (mock gateway inside the page) is built alongside and served statically for its own journeys.
 */
const chromium = await findChromium();
if (!chromium) {
  console.error(
    [
      'No Chromium is available for the end-to-end tests.',
      'Install one and run again, for example:',
      '  Debian/Ubuntu: sudo apt-get install -y chromium',
      '  or set CHROMIUM_PATH=/path/to/chrome',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Chromium: ${chromium}`);

const run = (command, args, env = {}) =>
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });

// E2E_DIST lets two runs on one machine build into folders of their own.
const dist = process.env.E2E_DIST ?? 'dist';
try {
  run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', dist]);
  run('npx', ['vite', 'build', '--mode', 'demo', '--logLevel', 'warn', '--outDir', `${dist}-demo`]);
  run('npx', ['playwright', 'test', ...process.argv.slice(2)], { CHROMIUM_PATH: chromium, E2E_DIST: dist });
} catch (error) {
  process.exit(typeof error.status === 'number' ? error.status : 1);
}
