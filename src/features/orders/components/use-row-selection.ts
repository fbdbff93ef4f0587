import { useCallback, useMemo, useState } from 'react';
import type { OrderSummary } from '@/api/orders';

const EMPTY_SELECTION: ReadonlySet<string> = new Set();

export interface RowSelection {
  /** Billnumbers of the selected rows. */
  ids: ReadonlySet<string>;
  onChange: (ids: ReadonlySet<string>) => void;
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
  const [state, setState] = useState({ scope, ids: EMPTY_SELECTION });
  // A selection made under another scope is simply not shown: no reset pass, no extra render.
  const current = state.scope === scope ? state : { scope, ids: EMPTY_SELECTION };

  const onChange = useCallback((ids: ReadonlySet<string>) => setState({ scope, ids }), [scope]);
  const clear = useCallback(() => setState({ scope, ids: EMPTY_SELECTION }), [scope]);
  const selected = useMemo(() => rows.filter((row) => current.ids.has(row.billnumber)), [rows, current.ids]);
  return { ids: current.ids, onChange, selected, clear };
}
