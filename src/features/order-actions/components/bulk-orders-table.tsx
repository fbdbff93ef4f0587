import Checkbox from '@mui/material/Checkbox';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '@/api/orders';
import { OrderStateChip } from '@/components/order-state-chip';
import { orderStateLabelKey } from '@/lib/i18n/domain-labels';
import type { RowOutcome } from '../api/use-bulk-action';
import type { Eligibility } from '../model/eligibility';
import { INELIGIBLE_KEYS, REFUSAL_KEYS } from './message-keys';
import { useFormatMoney } from './use-format-money';

export interface BulkRow {
  order: OrderSummary;
  eligibility: Eligibility;
}

export interface BulkOrdersTableProps {
  rows: readonly BulkRow[];
  checked: ReadonlySet<string>;
  onToggle: (billnumber: string) => void;
  outcomes: ReadonlyMap<string, RowOutcome>;
  /** While running and after: the selection is the intent and stays as it was. */
  locked: boolean;
}

/** The orders of a bulk action, one row each: include or not, state, amount, why not or what happened. */
export function BulkOrdersTable({ rows, checked, onToggle, outcomes, locked }: BulkOrdersTableProps) {
  const { t } = useTranslation();
  const format = useFormatMoney();
  const stateLabel = (order: OrderSummary) => t(orderStateLabelKey(order.orderstate));

  const statusText = (row: BulkRow): string => {
    const outcome = outcomes.get(row.order.billnumber);
    if (!row.eligibility.eligible) return t(`actions.ineligible.${INELIGIBLE_KEYS[row.eligibility.reason]}`);
    if (outcome === undefined) {
      return checked.has(row.order.billnumber) ? t('actions.bulkDialog.eligible') : t('actions.bulkDialog.notIncluded');
    }
    switch (outcome.status) {
      case 'waiting':
        return t('actions.bulkDialog.waiting');
      case 'running':
        return t('actions.bulkDialog.running');
      case 'done':
        return t('actions.bulkDialog.done', { state: stateLabel(outcome.result.order) });
      case 'failed':
        return [
          t(`actions.refusal.${REFUSAL_KEYS[outcome.refusal.code]}`),
          outcome.current ? t('actions.stale.now', { state: stateLabel(outcome.current) }) : null,
        ]
          .filter(Boolean)
          .join(' ');
    }
  };

  return (
    <TableContainer sx={{ maxHeight: 360 }}>
      <Table size="small" stickyHeader aria-label={t('actions.bulkDialog.orders')}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox" />
            <TableCell>{t('actions.bulkDialog.ordernumber')}</TableCell>
            <TableCell>{t('actions.bulkDialog.state')}</TableCell>
            <TableCell align="right">{t('actions.bulkDialog.amount')}</TableCell>
            <TableCell>{t('actions.bulkDialog.status')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const { order, eligibility } = row;
            const outcome = outcomes.get(order.billnumber);
            return (
              <TableRow key={order.billnumber} data-billnumber={order.billnumber} data-outcome={outcome?.status ?? ''}>
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={eligibility.eligible && checked.has(order.billnumber)}
                    disabled={!eligibility.eligible || locked}
                    onChange={() => onToggle(order.billnumber)}
                    slotProps={{
                      input: { 'aria-label': t('actions.bulkDialog.include', { ordernumber: order.ordernumber }) },
                    }}
                  />
                </TableCell>
                <TableCell sx={{ maxWidth: 240, overflowWrap: 'anywhere' }}>{order.ordernumber}</TableCell>
                <TableCell>
                  <OrderStateChip state={order.orderstate} />
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                  {eligibility.eligible
                    ? format(eligibility.limits.max, eligibility.limits.currency)
                    : t('common.none')}
                </TableCell>
                <TableCell>{statusText(row)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
