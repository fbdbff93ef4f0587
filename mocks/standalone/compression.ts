import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** Below this the headers outweigh what compression saves. */
const MIN_BYTES = 1024;

/**
 * Text the server sends whole. The CSV export is left out on purpose: it is streamed chunk by
 * chunk with backpressure, and the first rows must leave at once.
 */
const COMPRESSIBLE =
  /^(?:application\/(?:json|problem\+json|manifest\+json|javascript)|text\/(?:html|css|javascript|plain)|image\/svg\+xml)\b/;

export function isCompressible(contentType: string | null): boolean {
  return contentType !== null && COMPRESSIBLE.test(contentType);
}

/** The best encoding the client accepts: brotli, else gzip, else none (q=0 refuses one). */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Map<string, number>();
  for (const item of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = item.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const wants = (name: Encoding) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (wants('br')) return 'br';
  if (wants('gzip')) return 'gzip';
  return null;
}

/**
 * Brotli quality: a file of the build is compressed once and kept, an API answer on every
 * request. Quality 4 packs a 100-row page (70 KiB of JSON) in about 1 ms, half the time of 5,
 * for 9 % more bytes (`scripts/bench-orders-api.ts` times the list with it).
 */
const QUALITY = { kept: 5, once: 4 } as const;

export function compressBytes(bytes: Uint8Array, encoding: Encoding, kept = false): Uint8Array<ArrayBuffer> {
  const packed =
    encoding === 'br'
      ? brotliCompressSync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: kept ? QUALITY.kept : QUALITY.once,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        })
      : gzipSync(bytes);
  const out = new Uint8Array(packed.length);
  out.set(packed);
  return out;
}

/**
 * A whole (non-streamed) text answer compressed for this client; anything else unchanged.
 * `cache` lets the static site compress each file of a build once.
 */
export async function compressResponse(
  response: Response,
  acceptEncoding: string | undefined,
  cache?: Map<string, Uint8Array<ArrayBuffer>>,
  cacheKey?: string,
): Promise<Response> {
  const encoding = negotiateEncoding(acceptEncoding);
  const headers = new Headers(response.headers);
  if (!isCompressible(headers.get('Content-Type')) || headers.has('Content-Encoding') || response.body === null) {
    return response;
  }
  headers.append('Vary', 'Accept-Encoding');
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (encoding === null || bytes.length < MIN_BYTES) {
    return new Response(bytes, { status: response.status, statusText: response.statusText, headers });
  }
  const key = cacheKey === undefined ? undefined : `${encoding}:${cacheKey}`;
  const packed =
    (key !== undefined ? cache?.get(key) : undefined) ?? compressBytes(bytes, encoding, cache !== undefined);
  if (key !== undefined) cache?.set(key, packed);
  headers.set('Content-Encoding', encoding);
  headers.set('Content-Length', String(packed.length));
  return new Response(packed, { status: response.status, statusText: response.statusText, headers });
}
