import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * JavaScript a visitor downloads per route, gzip-compressed, read from the build's manifest:
 * the entry (shell) once, then for each lazy route what it adds on top of the entry.
 * Run after `npm run build`: `node scripts/measure-bundle.mjs [distDir]`.
 */
const dist = process.argv[2] ?? 'dist';
const manifest = JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8'));

const gzipBytes = (file) => gzipSync(readFileSync(`${dist}/${file}`)).length;

function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const child of manifest[key]?.imports ?? []) closure(child, seen);
  return seen;
}

const jsOf = (keys) => [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const sum = (files) => files.reduce((total, file) => total + gzipBytes(file), 0);

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const shared = closure(entryKey);
const rows = [['entry (shell)', sum(jsOf(shared))]];
for (const key of Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry)) {
  const own = [...closure(key)].filter((k) => !shared.has(k));
  rows.push([key, sum(jsOf(own))]);
}

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`JS per route, gzip (${dist}):`);
for (const [name, bytes] of rows) console.log(`  ${name.padEnd(width)}  ${kb(bytes).padStart(9)}`);
