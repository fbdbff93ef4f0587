import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '@/api/orders';
import type { ActionContext } from '../model/action-context';
import type { ActionKind } from '../model/action-kind';

/** Fetched when first opened: the list page carries no dialog code. */
const BulkActionDialog = lazy(() =>
  import('./bulk-action-dialog').then((module) => ({ default: module.BulkActionDialog })),
);

export interface BulkActionsBarProps {
  selected: readonly OrderSummary[];
  clearSelection: () => void;
  context: ActionContext;
}

/** Confirm or cancel the orders selected in the grid; each opens the list of what would happen. */
export function BulkActionsBar({ selected, clearSelection, context }: BulkActionsBarProps) {
  const { t } = useTranslation();
  // The selection is frozen when the dialog opens: it lists the orders as they were chosen.
  const [open, setOpen] = useState<{ kind: ActionKind; orders: readonly OrderSummary[] } | null>(null);
  const kinds: ActionKind[] = [
    ...(context.canConfirm ? ['confirm' as const] : []),
    ...(context.canCancel ? ['cancel' as const] : []),
  ];
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      {kinds.map((kind) => (
        <Button
          key={kind}
          variant="outlined"
          color={kind === 'confirm' ? 'primary' : 'error'}
          disabled={selected.length === 0}
          onClick={() => setOpen({ kind, orders: selected })}
        >
          {t(`actions.bulk.${kind}`)}
        </Button>
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
    </Box>
  );
}
