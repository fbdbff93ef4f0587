import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '@/api/orders';
import { buttonClass } from '@/components/plain/button-class';
import { lazyThemed } from '@/components/theme/lazy-themed';
import type { ActionContext } from '../model/action-context';
import type { ActionKind } from '../model/action-kind';
import styles from './action-buttons.module.css';

/** Fetched when first opened: the list page carries no dialog code. */
const BulkActionDialog = lazyThemed(
  () => import('./bulk-action-dialog'),
  (module) => module.BulkActionDialog,
);

export interface BulkActionsBarProps {
  selected: readonly OrderSummary[];
  clearSelection: () => void;
  context: ActionContext;
}

/**
 * Confirm or cancel the orders selected in the grid; each opens the list of what would happen.
 * Plain buttons: the bar is on the monitor's first screen for whoever may move money.
 */
export function BulkActionsBar({ selected, clearSelection, context }: BulkActionsBarProps) {
  const { t } = useTranslation();
  // The selection is frozen when the dialog opens: it lists the orders as they were chosen.
  const [open, setOpen] = useState<{ kind: ActionKind; orders: readonly OrderSummary[] } | null>(null);
  const kinds: ActionKind[] = [
    ...(context.canConfirm ? ['confirm' as const] : []),
    ...(context.canCancel ? ['cancel' as const] : []),
  ];
  return (
    <div className={styles.row}>
      {kinds.map((kind) => (
        <button
          key={kind}
          type="button"
          className={buttonClass('outlined', 'medium', kind === 'confirm' ? 'primary' : 'error')}
          disabled={selected.length === 0}
          onClick={() => setOpen({ kind, orders: selected })}
        >
          {t(`actions.bulk.${kind}`)}
        </button>
      ))}
      {open !== null && (
        <Suspense fallback={null}>
          <BulkActionDialog
            kind={open.kind}
            orders={open.orders}
            context={context}
            onClose={(anyDone) => {
              setOpen(null);
              if (anyDone) clearSelection();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
