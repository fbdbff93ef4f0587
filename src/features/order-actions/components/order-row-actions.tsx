import { Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '@/api/orders';
import { smallIconButtonClass } from '@/components/plain/button-class';
import { PlainIcon } from '@/components/plain/plain-icon';
import { useLazyPopup } from '@/components/use-lazy-popup';
import { serverNow } from '@/api/server-clock';
import { lazyThemed, withTheme } from '@/components/theme/lazy-themed';
import type { ActionContext } from '../model/action-context';
import type { ActionKind } from '../model/action-kind';
import { availableActions } from './available-actions';

/**
 * The menu (popover, focus trap) is fetched when a row's button is first pointed at or focused,
 * not with the list: a page of rows carries only their buttons.
 */
const loadMenu = withTheme(() => import('./order-row-menu'));
const OrderRowMenu = lazyThemed(loadMenu, (module) => module.OrderRowMenu);

export interface OrderRowActionsProps {
  order: OrderSummary;
  context: ActionContext;
  /** Opens the action's dialog; it is hosted outside the grid (see `OrderActionHost`). */
  onChoose: (kind: ActionKind, order: OrderSummary) => void;
}

/** A grid row's menu: the money actions this order takes now; nothing when it takes none. */
export function OrderRowActions({ order, context, onChoose }: OrderRowActionsProps) {
  const { t } = useTranslation();
  const menuId = useId();
  const popup = useLazyPopup(loadMenu, menuId);
  const actions = availableActions(order, context, new Date(serverNow()));
  if (actions.length === 0) return null;

  return (
    <>
      <button
        type="button"
        className={smallIconButtonClass}
        aria-label={t('actions.menu.label', { ordernumber: order.ordernumber })}
        aria-haspopup="menu"
        {...popup.triggerProps}
        onClick={(event) => {
          // The grid would otherwise treat the click as opening the order.
          event.stopPropagation();
          popup.open(event.currentTarget);
        }}
        onKeyDown={(event) => event.stopPropagation()}
      >
        <PlainIcon name="moreVert" />
      </button>
      {popup.anchor && (
        <Suspense fallback={null}>
          <OrderRowMenu
            id={menuId}
            anchor={popup.anchor}
            actions={actions}
            onClose={popup.close}
            onChoose={(kind) => {
              popup.close();
              onChoose(kind, order);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
