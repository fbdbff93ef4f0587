import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * JavaScript a visitor downloads, gzip-compressed at level 9 (as the side-by-side bench counts
 * it), read from the build's manifest: per page (everything the page's routes import, entry
 * included) and per lazy route (what it adds on top of the entry).
 *
 *   node scripts/measure-bundle.mjs [distDir] [--check]
 *
 * With --check it exits with 1 when a page's JS is over its budget.
 */
const args = process.argv.slice(2);
const check = args.includes('--check');
const dist = args.find((arg) => !arg.startsWith('--')) ?? 'dist';
const manifest = JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8'));

/** KiB of gzip a page may weigh; a page that grows past it fails the build's check. */
const BUDGETS = {
  // Raised as the admin side landed: the settings, notification, web-service and going-live
  // endpoint tables and the messages of the three latter (both languages) ride in the entry.
  // Loading each feature's messages with its route, as the settings do, would take this back.
  'sign-in page': 276,
  'orders page': 310,
};

/** The lazy routes each page shows, outermost first (the route table's nesting). */
const PAGES = {
  'sign-in page': ['src/app/routes/login-route.tsx'],
  'orders page': [
    'src/app/routes/shell-route.tsx',
    'src/app/routes/profile-route.tsx',
    'src/app/routes/orders-route.tsx',
  ],
  'order page': [
    'src/app/routes/shell-route.tsx',
    'src/app/routes/profile-route.tsx',
    'src/app/routes/order-route.tsx',
  ],
};

const gzipBytes = (file) => gzipSync(readFileSync(`${dist}/${file}`), { level: 9 }).length;

function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const child of manifest[key]?.imports ?? []) closure(child, seen);
  return seen;
}

const jsOf = (keys) => [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const sum = (files) => files.reduce((total, file) => total + gzipBytes(file), 0);

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const shared = closure(entryKey);

const pages = Object.entries(PAGES).map(([name, routes]) => {
  const keys = new Set(shared);
  for (const route of routes) closure(route, keys);
  const files = jsOf(keys);
  return { name, bytes: sum(files), requests: files.length };
});
const routes = [['entry (shell)', sum(jsOf(shared))]];
for (const key of Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry)) {
  const own = [...closure(key)].filter((k) => !shared.has(k));
  routes.push([key, sum(jsOf(own))]);
}

const width = Math.max(...routes.map(([name]) => name.length));
console.log(`JS per page, gzip -9 (${dist}):`);
for (const { name, bytes, requests } of pages) {
  const budget = BUDGETS[name];
  const note = budget === undefined ? '' : `  budget ${budget} KiB${bytes / 1024 > budget ? '  OVER' : ''}`;
  console.log(`  ${name.padEnd(width)}  ${kib(bytes).padStart(10)}  ${String(requests).padStart(3)} files${note}`);
}
console.log(`JS per route on top of the entry:`);
for (const [name, bytes] of routes) console.log(`  ${name.padEnd(width)}  ${kib(bytes).padStart(10)}`);

const over = pages.filter(({ name, bytes }) => BUDGETS[name] !== undefined && bytes / 1024 > BUDGETS[name]);
if (check && over.length > 0) {
  console.error(`Over budget: ${over.map(({ name }) => name).join(', ')}`);
  process.exit(1);
}
