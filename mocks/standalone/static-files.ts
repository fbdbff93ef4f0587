import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves a production build: files by path, anything else (a client-side route) gets
 * index.html. Returns null when there is no build folder.
 */
export function createStaticSite(folder: string): ((pathname: string) => Promise<Response>) | null {
  const root = resolve(folder);
  if (!existsSync(join(root, 'index.html'))) return null;

  const fileResponse = async (file: string, immutable: boolean) =>
    new Response(new Uint8Array(await readFile(file)), {
      headers: {
        'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        // Hashed assets never change; index.html must be revalidated to pick up a new build.
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      },
    });

  return async (pathname) => {
    const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    const file = resolve(root, relative);
    const inside = file === root || file.startsWith(root + sep);
    if (inside && relative !== '' && existsSync(file) && statSync(file).isFile()) {
      return fileResponse(file, relative.startsWith('assets/'));
    }
    if (extname(relative) !== '' && relative.startsWith('assets/')) return new Response('Not found', { status: 404 });
    return fileResponse(join(root, 'index.html'), false);
  };
}
