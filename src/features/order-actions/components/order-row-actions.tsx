import MoreVertIcon from '@mui/icons-material/MoreVert';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '@/api/orders';
import { serverNow } from '@/api/server-clock';
import type { ActionContext } from '../model/action-context';
import type { ActionKind } from '../model/action-kind';
import { availableActions } from './available-actions';

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
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const actions = availableActions(order, context, new Date(serverNow()));
  if (actions.length === 0) return null;

  return (
    <>
      <IconButton
        size="small"
        aria-label={t('actions.menu.label', { ordernumber: order.ordernumber })}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? true : undefined}
        onClick={(event) => {
          // The grid would otherwise treat the click as opening the order.
          event.stopPropagation();
          setAnchor(event.currentTarget);
        }}
        onKeyDown={(event) => event.stopPropagation()}
      >
        <MoreVertIcon fontSize="small" />
      </IconButton>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {actions.map(({ kind, variant }) => (
          <MenuItem
            key={kind}
            onClick={() => {
              setAnchor(null);
              onChoose(kind, order);
            }}
          >
            {t(`actions.menu.${variant}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
