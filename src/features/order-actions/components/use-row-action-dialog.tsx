import { useCallback, useState, type ReactNode } from 'react';
import type { OrderSummary } from '@/api/orders';
import type { ActionContext } from '../model/action-context';
import type { ActionKind } from '../model/action-kind';
import { LazyOrderActionDialog } from './lazy-order-action-dialog';

export interface RowActionDialog {
  /** What a row's menu calls to open an action's dialog. */
  open: (kind: ActionKind, order: OrderSummary) => void;
  /** The open dialog, if any: render it outside the grid, so it outlives the row. */
  dialog: ReactNode;
}

/**
 * Holds the dialog a grid row opened. The row itself may vanish while the dialog is open (a
 * confirmed order leaves the "awaiting confirmation" list); the dialog, with the outcome it
 * shows, must not vanish with it.
 */
export function useRowActionDialog(context: ActionContext | null): RowActionDialog {
  const [chosen, setChosen] = useState<{ kind: ActionKind; order: OrderSummary } | null>(null);
  // Stable, so that the grid's row menus do not re-render whenever a dialog opens or closes.
  const open = useCallback((kind: ActionKind, order: OrderSummary) => setChosen({ kind, order }), []);
  const dialog =
    chosen !== null && context !== null ? (
      <LazyOrderActionDialog
        key={`${chosen.kind}-${chosen.order.billnumber}`}
        kind={chosen.kind}
        order={chosen.order}
        context={context}
        onClose={() => setChosen(null)}
      />
    ) : null;
  return { open, dialog };
}
