import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { compressResponse } from './compression';

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

/** Answers a decoded path; `acceptEncoding` is the client's Accept-Encoding header. */
export type StaticSite = (pathname: string, acceptEncoding: string | undefined) => Promise<Response>;

/**
 * Serves a production build: files by path, anything else (a client-side route) gets
 * index.html. Nothing under a dot-folder or dot-file is served: the build's
 * `.vite/manifest.json` is for our scripts, not for visitors. Text files are compressed once
 * per encoding (a build never changes under a running server). Returns null when there is no
 * build folder.
 */
export function createStaticSite(folder: string): StaticSite | null {
  const root = resolve(folder);
  if (!existsSync(join(root, 'index.html'))) return null;
  const compressed = new Map<string, Uint8Array<ArrayBuffer>>();

  const fileResponse = async (file: string, immutable: boolean, acceptEncoding: string | undefined) =>
    compressResponse(
      new Response(new Uint8Array(await readFile(file)), {
        headers: {
          'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
          // Hashed assets never change; index.html must be revalidated to pick up a new build.
          'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        },
      }),
      acceptEncoding,
      compressed,
      file,
    );

  const notFound = () =>
    new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

  return async (pathname, acceptEncoding) => {
    const relative = normalize(pathname).replace(/^([/\\])+/, '');
    if (relative.split(/[/\\]/).some((segment) => segment.startsWith('.'))) return notFound();
    const file = resolve(root, relative);
    const inside = file === root || file.startsWith(root + sep);
    if (inside && relative !== '' && existsSync(file) && statSync(file).isFile()) {
      return fileResponse(file, relative.startsWith('assets/'), acceptEncoding);
    }
    if (extname(relative) !== '' && relative.startsWith('assets/')) return notFound();
    return fileResponse(join(root, 'index.html'), false, acceptEncoding);
  };
}
