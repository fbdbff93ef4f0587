import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { OrderSummary } from '@/api/orders';
import { DateTime } from '@/components/date-time';
import { Money } from '@/components/money';
import { useTimeLeftText } from '@/components/use-time-left-text';
import { timeUntil } from '@/lib/dates';
import type { ActionContext } from '../model/action-context';
import type { ActionKind } from '../model/action-kind';
import { urgencyOf } from '@/lib/deadline-urgency';
import { availableActions } from './available-actions';

export interface AwaitingTableProps {
  labelledBy: string;
  orders: readonly OrderSummary[];
  now: Date;
  context: ActionContext | null;
  orderHref: (billnumber: string) => string;
  /** Opens the action's dialog; the page hosts it, so it outlives this table (see `useRowActionDialog`). */
  onChoose: (kind: ActionKind, order: OrderSummary) => void;
}

function customerName(order: OrderSummary): string {
  return [order.customer.lastname, order.customer.firstname].filter(Boolean).join(' ');
}

/** Delayed orders with their deadline and time left; under a day is marked in words and colour. */
export function AwaitingTable({ labelledBy, orders, now, context, orderHref, onChoose }: AwaitingTableProps) {
  const { t } = useTranslation();
  const timeLeftText = useTimeLeftText();
  // A user without money rights has nothing to do here: no column of empty cells.
  const canAct = context !== null && (context.canConfirm || context.canCancel);
  return (
    <TableContainer>
      <Table size="small" aria-labelledby={labelledBy}>
        <TableHead>
          <TableRow>
            <TableCell>{t('actions.awaiting.columns.deadline')}</TableCell>
            <TableCell>{t('actions.awaiting.columns.timeLeft')}</TableCell>
            <TableCell>{t('actions.awaiting.columns.ordernumber')}</TableCell>
            <TableCell align="right">{t('actions.awaiting.columns.amount')}</TableCell>
            <TableCell>{t('actions.awaiting.columns.customer')}</TableCell>
            {canAct && <TableCell>{t('actions.awaiting.columns.actions')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {orders.map((order) => {
            const urgency = urgencyOf(order.confirmdeadline, now);
            const left = order.confirmdeadline === null ? null : timeUntil(order.confirmdeadline, now);
            const actions = context === null ? [] : availableActions(order, context, now);
            return (
              <TableRow
                key={order.billnumber}
                data-billnumber={order.billnumber}
                data-urgency={urgency}
                // A bar, not a tinted background: a tint costs the row's links their contrast.
                sx={
                  urgency === 'normal'
                    ? undefined
                    : { boxShadow: (theme) => `inset 6px 0 0 ${theme.palette.warning.main}` }
                }
              >
                <TableCell>{order.confirmdeadline !== null && <DateTime value={order.confirmdeadline} />}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {left === null ? t('actions.awaiting.expired') : timeLeftText(left)}
                  {urgency === 'urgent' && (
                    <Chip size="small" color="warning" label={t('actions.awaiting.urgent')} sx={{ ml: 1 }} />
                  )}
                </TableCell>
                {/* Order numbers run to 128 characters without a space; they wrap rather than widen the table. */}
                <TableCell sx={{ maxWidth: 280, overflowWrap: 'anywhere' }}>
                  <Link component={RouterLink} to={orderHref(order.billnumber)}>
                    {order.ordernumber}
                  </Link>
                </TableCell>
                <TableCell align="right">
                  {order.amount !== null && order.currency !== null && (
                    <Money amount={order.amount} currency={order.currency} />
                  )}
                </TableCell>
                <TableCell>{customerName(order)}</TableCell>
                {canAct && (
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {actions.map(({ kind, variant }) => (
                      <Button
                        key={kind}
                        size="small"
                        color={kind === 'confirm' ? 'primary' : 'error'}
                        aria-label={t(`actions.awaiting.${kind}`, { ordernumber: order.ordernumber })}
                        onClick={() => onChoose(kind, order)}
                      >
                        {t(`actions.menu.${variant}`)}
                      </Button>
                    ))}
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
