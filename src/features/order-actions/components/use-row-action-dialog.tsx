import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import type { OrderSummary } from '@/api/orders';
import type { ActionContext } from '../model/action-context';
import type { ActionKind } from '../model/action-kind';

/** Fetched when a row's menu first opens one: the list pages carry no dialog code. */
const OrderActionDialog = lazy(() =>
  import('./order-action-dialog').then((module) => ({ default: module.OrderActionDialog })),
);

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
      <Suspense fallback={null}>
        <OrderActionDialog
          key={`${chosen.kind}-${chosen.order.billnumber}`}
          kind={chosen.kind}
          order={chosen.order}
          context={context}
          onClose={() => setChosen(null)}
        />
      </Suspense>
    ) : null;
  return { open, dialog };
}
