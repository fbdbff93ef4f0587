import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * JavaScript a visitor downloads, gzip-compressed at level 9 (as the side-by-side bench counts
 * it), per page: the entry with everything it imports (from the build's manifest) plus what the
 * page's address preloads (`.vite/route-preload.json`, the table the preload script carries), so
 * a page is counted as the browser loads it. Then the lazy chunks, each on its own.
 *
 *   node scripts/measure-bundle.mjs [distDir] [--check]
 *
 * With --check it exits with 1 when a page's JS is over its budget.
 */
const args = process.argv.slice(2);
const check = args.includes('--check');
const dist = args.find((arg) => !arg.startsWith('--')) ?? 'dist';
const manifest = JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8'));
const preloads = JSON.parse(readFileSync(`${dist}/.vite/route-preload.json`, 'utf8'));

/** KiB of gzip a page may weigh; a page that grows past it fails the build's check. */
const BUDGETS = {
  // The entry and the sign-in page carry no MUI, no orders contract and only their own Russian
  // messages (the rest come with the shell).
  'sign-in page': 150,
  // The same page in English: the English messages' chunk on top, which must not pull in a page.
  'sign-in page, English': 157,
  // The shell and the monitor draw no MUI either: MUI and its theme come with the other pages.
  'orders page': 178,
};

/** An address of each page, as a visitor opens it, and the modules it imports once shown. */
const PAGES = {
  'sign-in page': ['/login'],
  'sign-in page, English': ['/login', 'src/lib/i18n/en.ts'],
  'orders page': ['/p/600401/orders'],
  'order page': ['/p/600401/orders/1001'],
};

const gzipBytes = (file) => gzipSync(readFileSync(`${dist}/${file}`), { level: 9 }).length;

function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const child of manifest[key]?.imports ?? []) closure(child, seen);
  return seen;
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const sum = (files) => files.reduce((total, file) => total + gzipBytes(file), 0);

/** Every page's classic scripts beside its modules: the preload script and the worker it starts. */
const bootFiles = [
  /<script src="[^"]*?(assets\/route-preload-[^"]+\.js)"/.exec(readFileSync(`${dist}/index.html`, 'utf8'))?.[1],
  JSON.parse(readFileSync(`${dist}/.vite/intl-worker.json`, 'utf8')).replace(/^.*?assets\//, 'assets/'),
].filter((file) => file !== undefined);

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const entryFiles = [...closure(entryKey)].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));

const pages = Object.entries(PAGES).map(([name, [path, ...imported]]) => {
  const [, preloaded = []] = preloads.find(([pattern]) => new RegExp(pattern).test(path)) ?? [];
  const importedFiles = imported.flatMap((key) => [...closure(key)].map((child) => manifest[child].file));
  const files = [
    ...new Set([
      ...bootFiles,
      ...entryFiles,
      ...preloaded.map((url) => url.replace(/^.*?assets\//, 'assets/')),
      ...importedFiles,
    ]),
  ];
  return { name, bytes: sum(files), requests: files.length };
});
const chunks = [['entry', sum(entryFiles)]];
for (const [key, item] of Object.entries(manifest)) {
  if (item.isEntry || !item.file.endsWith('.js') || entryFiles.includes(item.file)) continue;
  chunks.push([key.replace(/^src\//, '').replace(/^_/, ''), gzipBytes(item.file)]);
}

const width = Math.max(...chunks.map(([name]) => name.length), ...pages.map(({ name }) => name.length));
console.log(`JS per page, gzip -9 (${dist}):`);
for (const { name, bytes, requests } of pages) {
  const budget = BUDGETS[name];
  const note = budget === undefined ? '' : `  budget ${budget} KiB${bytes / 1024 > budget ? '  OVER' : ''}`;
  console.log(`  ${name.padEnd(width)}  ${kib(bytes).padStart(10)}  ${String(requests).padStart(3)} files${note}`);
}
console.log(`JS per chunk (the entry, then each chunk loaded after it):`);
for (const [name, bytes] of chunks.sort((a, b) => b[1] - a[1])) {
  console.log(`  ${name.padEnd(width)}  ${kib(bytes).padStart(10)}`);
}

const over = pages.filter(({ name, bytes }) => BUDGETS[name] !== undefined && bytes / 1024 > BUDGETS[name]);
if (check && over.length > 0) {
  console.error(`Over budget: ${over.map(({ name }) => name).join(', ')}`);
  process.exit(1);
}
