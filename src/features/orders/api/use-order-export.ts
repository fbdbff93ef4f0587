import { useCallback, useEffect, useRef, useState } from 'react';
import type { OrderExportQueryInput } from '@/api/orders';
import { downloadExport, type ExportProgress } from './download-export';
import { saveBlob } from '@/lib/save-blob';

export type ExportState =
  | { status: 'idle' }
  | ({ status: 'running' } & ExportProgress)
  | { status: 'done'; rows: number; filename: string }
  | { status: 'canceled' }
  | { status: 'failed'; error: unknown };

/**
 * One export at a time: start streams the CSV with progress, cancel aborts the request (the
 * server stops producing rows), leaving the page aborts it too.
 */
export function useOrderExport(profileId: string) {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (query: OrderExportQueryInput) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setState({ status: 'running', rows: 0, total: null });
      try {
        const file = await downloadExport(profileId, query, {
          signal: current.signal,
          onProgress: (progress) => {
            if (!current.signal.aborted) setState({ status: 'running', ...progress });
          },
        });
        if (current.signal.aborted) return;
        saveBlob(file);
        setState((previous) => ({
          status: 'done',
          rows: previous.status === 'running' ? previous.rows : 0,
          filename: file.filename,
        }));
      } catch (error) {
        if (current.signal.aborted) setState({ status: 'canceled' });
        else setState({ status: 'failed', error });
      } finally {
        if (controller.current === current) controller.current = null;
      }
    },
    [profileId],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    setState({ status: 'canceled' });
  }, []);

  return { state, start, cancel };
}
