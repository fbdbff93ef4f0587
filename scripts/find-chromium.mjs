import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Finds a Chromium for the end-to-end tests: $CHROMIUM_PATH, then the system's, then one that
 * Playwright downloaded earlier, then Playwright's own download. Returns null when none can be had.
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

export async function findChromium({ download = true } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const system = SYSTEM.find((path) => existsSync(path));
  if (system) return system;
  const cached = await playwrightChromium();
  if (cached || !download) return cached;
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
