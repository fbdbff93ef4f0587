import type { GridRowSelectionModel } from '@mui/x-data-grid';
import { useCallback, useMemo, useState } from 'react';
import type { OrderSummary } from '@/api/orders';

const EMPTY_SELECTION: GridRowSelectionModel = { type: 'include', ids: new Set() };

export interface RowSelection {
  model: GridRowSelectionModel;
  onModelChange: (model: GridRowSelectionModel) => void;
  /** The selected orders as the current page holds them now (fresh after every refetch). */
  selected: readonly OrderSummary[];
  clear: () => void;
}

/**
 * Selection of rows on the page on screen, kept by billnumber so a background refetch (new row
 * objects) does not lose it. It belongs to one list query: the owner resets it by `scope`
 * (filters, sort or page changing) — selecting on one page and acting on another would surprise.
 */
export function useRowSelection(rows: readonly OrderSummary[], scope: string): RowSelection {
  const [state, setState] = useState({ scope, model: EMPTY_SELECTION });
  // A selection made under another scope is simply not shown: no reset pass, no extra render.
  const current = state.scope === scope ? state : { scope, model: EMPTY_SELECTION };

  const onModelChange = useCallback((model: GridRowSelectionModel) => setState({ scope, model }), [scope]);
  const clear = useCallback(() => setState({ scope, model: EMPTY_SELECTION }), [scope]);
  const selected = useMemo(() => {
    const { type, ids } = current.model;
    return rows.filter((row) => (type === 'include' ? ids.has(row.billnumber) : !ids.has(row.billnumber)));
  }, [rows, current.model]);
  return { model: current.model, onModelChange, selected, clear };
}
