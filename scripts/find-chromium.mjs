import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Finds a Chromium for the end-to-end tests: $CHROMIUM_PATH, then the system's, then one that
 * Playwright downloaded earlier, then Debian's package (where apt-get may run without a password),
 * then Playwright's own download. Returns null when none can be had.
 */
const SYSTEM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const systemChromium = () => SYSTEM.find((path) => existsSync(path)) ?? null;

/** Installs Debian's chromium when this process may: as root, or through sudo without a password. */
function debianChromium() {
  if (!existsSync('/usr/bin/apt-get')) return null;
  const root = process.getuid?.() === 0;
  const prefix = root ? [] : ['sudo', '-n'];
  const run = (args) => {
    const [command, ...rest] = [...prefix, ...args];
    execFileSync(command, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  try {
    if (!root) execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
    console.log('No Chromium found; installing Debian’s chromium package…');
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', 'chromium']);
  } catch {
    return null;
  }
  return systemChromium();
}

export async function findChromium({ download = true } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const system = systemChromium();
  if (system) return system;
  const cached = await playwrightChromium();
  if (cached || !download) return cached;
  const installed = debianChromium();
  if (installed) return installed;
  try {
    console.log('No Chromium found; asking Playwright to download one…');
    execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  } catch {
    return null;
  }
  return playwrightChromium();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = await findChromium({ download: false });
  console.log(path ?? 'none');
}
