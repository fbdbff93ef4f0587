import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '@/api/orders';
import { serverNow } from '@/api/server-clock';
import { buttonClass } from '@/components/plain/button-class';
import type { ActionContext } from '../model/action-context';
import type { ActionKind } from '../model/action-kind';
import { availableActions } from './available-actions';
import styles from './action-buttons.module.css';
import { LazyOrderActionDialog } from './lazy-order-action-dialog';

/** The order page's buttons for the money actions this order takes now (plain, as the grid's). */
export function OrderPageActions({ order, context }: { order: OrderDetail; context: ActionContext }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ActionKind | null>(null);
  const actions = availableActions(order, context, new Date(serverNow()));
  if (actions.length === 0 && open === null) return null;
  return (
    <div className={styles.row}>
      {actions.map(({ kind, variant }) => (
        <button
          key={kind}
          type="button"
          className={kind === 'confirm' ? buttonClass('contained') : buttonClass('outlined', 'medium', 'error')}
          onClick={() => setOpen(kind)}
        >
          {t(`actions.menu.${variant}`)}
        </button>
      ))}
      {open !== null && (
        <LazyOrderActionDialog kind={open} order={order} context={context} onClose={() => setOpen(null)} />
      )}
    </div>
  );
}
