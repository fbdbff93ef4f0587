import { openStream } from '@/api/client';
import { orderEndpoints } from '@/api/order-endpoints';
import type { OrderExportQueryInput } from '@/api/orders';

export interface ExportProgress {
  /** Data rows received so far (the header line not counted). */
  rows: number;
  /** Rows the server said it will send (X-Total-Count); null when it did not say. */
  total: number | null;
}

export interface ExportFile {
  blob: Blob;
  filename: string;
}

const LF = 0x0a;

/** The filename from Content-Disposition (RFC 6266: filename* in UTF-8 wins over filename). */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() || fallback;
}

function countLineBreaks(chunk: Uint8Array): number {
  let count = 0;
  for (const byte of chunk) if (byte === LF) count += 1;
  return count;
}

/**
 * Streams the CSV of every order the filters match. Progress counts line breaks in the chunks
 * as they arrive (a quoted field may hold a line break, so the count can run ahead of the rows
 * by a little; the server escapes them, the bar is a guide). The chunks are kept as they came
 * and joined into one Blob: the browser never parses the file.
 */
export async function downloadExport(
  profileId: string,
  query: OrderExportQueryInput,
  { signal, onProgress }: { signal: AbortSignal; onProgress: (progress: ExportProgress) => void },
): Promise<ExportFile> {
  const response = await openStream(orderEndpoints.exportOrders, { params: { profileId }, query, signal });
  const totalHeader = response.headers.get('X-Total-Count');
  const total = totalHeader !== null && /^\d+$/.test(totalHeader) ? Number(totalHeader) : null;
  const filename = filenameFromDisposition(response.headers.get('Content-Disposition'), `orders-${profileId}.csv`);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let lines = 0;
  onProgress({ rows: 0, total });
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      lines += countLineBreaks(value);
      // The first line is the header row.
      const rows = Math.max(0, lines - 1);
      onProgress({ rows: total === null ? rows : Math.min(rows, total), total });
    }
  }
  return { blob: new Blob(chunks, { type: 'text/csv;charset=utf-8' }), filename };
}
