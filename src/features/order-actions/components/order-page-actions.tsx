import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '@/api/orders';
import { serverNow } from '@/api/server-clock';
import type { ActionContext } from '../model/action-context';
import type { ActionKind } from '../model/action-kind';
import { availableActions } from './available-actions';
import { LazyOrderActionDialog } from './lazy-order-action-dialog';

/** The order page's buttons for the money actions this order takes now. */
export function OrderPageActions({ order, context }: { order: OrderDetail; context: ActionContext }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ActionKind | null>(null);
  const actions = availableActions(order, context, new Date(serverNow()));
  if (actions.length === 0 && open === null) return null;
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      {actions.map(({ kind, variant }) => (
        <Button
          key={kind}
          variant={kind === 'confirm' ? 'contained' : 'outlined'}
          color={kind === 'confirm' ? 'primary' : 'error'}
          onClick={() => setOpen(kind)}
        >
          {t(`actions.menu.${variant}`)}
        </Button>
      ))}
      {open !== null && (
        <LazyOrderActionDialog kind={open} order={order} context={context} onClose={() => setOpen(null)} />
      )}
    </Box>
  );
}
