import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import { memo, useMemo, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderSort, OrderSummary } from '@/api/orders';
import { EmptyState } from '@/components/empty-state';
import { useRovingGrid } from '@/components/use-roving-grid';
import { sortToItems } from '../model/list-sort';
import { ColumnsChooser } from './columns-chooser';
import { gridSx } from './orders-grid-layout';
import { OrdersPager } from './orders-pager';
import { visibleFields, type ColumnVisibility } from './use-column-visibility';
import { useOrderColumns, type OrderColumn, type OrderLinks } from './use-order-columns';

/** The column holding another feature's row menu. */
export const ACTIONS_FIELD = 'actions';
const SELECT_FIELD = 'select';
const AMOUNT_NOTE_ID = 'orders-amount-sort-note';

export interface OrdersGridProps {
  labelledBy: string;
  rows: readonly OrderSummary[];
  total: number;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
  sort: OrderSort;
  onSortChange: (sort: OrderSort) => void;
  links: OrderLinks;
  onOpen: (order: OrderSummary) => void;
  visibility: ColumnVisibility;
  onVisibilityChange: (visibility: ColumnVisibility) => void;
  /** Another feature's menu for a row; adds an actions column when given. */
  rowActions?: (order: OrderSummary) => ReactNode;
  /** Row selection (checkboxes), controlled by the page; absent when nothing acts on a selection. */
  selection?: { ids: ReadonlySet<string>; onChange: (ids: ReadonlySet<string>) => void };
  /** The next result is on its way: the rows on screen are dimmed and take no clicks or selection. */
  stale: boolean;
}

/** The next sort a click on the header asks for: the other direction, or the column's first. */
function nextSort(column: OrderColumn, sort: OrderSort): OrderSort {
  const [current] = sortToItems(sort);
  const order = column.sortingOrder ?? [];
  const direction =
    current?.field === column.field ? (order.find((candidate) => candidate !== current.sort) ?? order[0]) : order[0];
  return `${direction === 'desc' ? '-' : ''}${column.field}` as OrderSort;
}

const ariaSortOf = (column: OrderColumn, sort: OrderSort) => {
  const [current] = sortToItems(sort);
  if (!column.sortingOrder || current?.field !== column.field) return undefined;
  return current.sort === 'desc' ? 'descending' : 'ascending';
};

/** Clicks on a row's own controls (link, checkbox, menu) are theirs, not the row's. */
const isOnControl = (event: MouseEvent) =>
  (event.target as Element).closest('a, button, input, label, [role="menu"]') !== null;

interface OrderRowProps {
  order: OrderSummary;
  index: number;
  columns: readonly OrderColumn[];
  selected: boolean | undefined;
  onToggle: ((billnumber: string) => void) | undefined;
  rowActions: ((order: OrderSummary) => ReactNode) | undefined;
  onOpen: (order: OrderSummary) => void;
  stale: boolean;
}

/** One order; memoised, so that a new selection or a refetch re-renders only the rows that changed. */
const OrderRow = memo(function OrderRow({
  order,
  index,
  columns,
  selected,
  onToggle,
  rowActions,
  onOpen,
  stale,
}: OrderRowProps) {
  const { t } = useTranslation();
  return (
    <tr
      role="row"
      data-id={order.billnumber}
      data-order-row=""
      aria-rowindex={index}
      aria-selected={selected}
      onClick={(event) => {
        if (!stale && !isOnControl(event) && !window.getSelection()?.toString()) onOpen(order);
      }}
    >
      {onToggle && (
        <td role="gridcell" data-field={SELECT_FIELD}>
          <Checkbox
            size="small"
            checked={selected === true}
            disabled={stale}
            onChange={() => onToggle(order.billnumber)}
            slotProps={{ input: { 'aria-label': t('ordersGrid.selectRow', { ordernumber: order.ordernumber }) } }}
          />
        </td>
      )}
      {columns.map((column) => (
        <td key={column.field} role="gridcell" data-field={column.field} data-phone={column.phone}>
          {column.render(order)}
        </td>
      ))}
      {rowActions && (
        <td role="gridcell" data-field={ACTIONS_FIELD}>
          {rowActions(order)}
        </td>
      )}
    </tr>
  );
});

/**
 * One page of orders; paging and sorting happen on the server. A semantic table with the ARIA
 * grid's keyboard model (one Tab stop, arrows inside), every row rendered (a page holds at most
 * 100), and on a phone each row laid out as a card that needs no sideways scrolling.
 */
export function OrdersGrid({
  labelledBy,
  rows,
  total,
  page,
  pageSize,
  onPageChange,
  onPageSizeChange,
  sort,
  onSortChange,
  links,
  onOpen,
  rowActions,
  selection,
  visibility,
  onVisibilityChange,
  stale,
}: OrdersGridProps) {
  const { t } = useTranslation();
  const allColumns = useOrderColumns(links);
  const columns = useMemo(() => {
    const shown = new Set(
      visibleFields(
        allColumns.map((column) => column.field),
        visibility,
      ),
    );
    return allColumns.filter((column) => shown.has(column.field));
  }, [allColumns, visibility]);
  const { ref: gridRef, onKeyDown: onGridKey, onFocus: onGridFocus } = useRovingGrid();

  const ids = selection?.ids;
  const onSelectionChange = selection?.onChange;
  const onToggle = useMemo(
    () =>
      ids && onSelectionChange
        ? (billnumber: string) => {
            const next = new Set(ids);
            if (!next.delete(billnumber)) next.add(billnumber);
            onSelectionChange(next);
          }
        : undefined,
    [ids, onSelectionChange],
  );
  const selectedOnPage = ids ? rows.filter((row) => ids.has(row.billnumber)).length : 0;
  const sortedByAmount = sortToItems(sort)[0]?.field === 'orderamount';

  const onHeaderKey = (column: OrderColumn) => (event: KeyboardEvent) => {
    if (column.sortingOrder && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      onSortChange(nextSort(column, sort));
    }
  };

  const onCellKey = (event: KeyboardEvent<HTMLElement>) => {
    onGridKey(event);
    // Enter on a plain cell opens its order; on a control it is the control's.
    if (event.key !== 'Enter' || stale || (event.target as Element).getAttribute('role') !== 'gridcell') return;
    const id = (event.target as Element).closest('[data-id]')?.getAttribute('data-id');
    const order = rows.find((row) => row.billnumber === id);
    if (order) onOpen(order);
  };

  return (
    <Box sx={{ bgcolor: 'background.paper', borderRadius: 1, border: 1, borderColor: 'divider' }}>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', px: 1, py: 0.5 }}>
        <ColumnsChooser columns={allColumns} visibility={visibility} onChange={onVisibilityChange} />
      </Box>
      <Box
        component="table"
        ref={gridRef}
        role="grid"
        aria-labelledby={labelledBy}
        aria-rowcount={total + 1}
        aria-multiselectable={selection ? true : undefined}
        aria-busy={stale || undefined}
        onKeyDownCapture={onCellKey}
        onFocus={onGridFocus}
        data-stale={stale || undefined}
        sx={gridSx}
      >
        <thead>
          <tr role="row" aria-rowindex={1}>
            {selection && (
              <th role="columnheader" data-field={SELECT_FIELD} scope="col">
                <Checkbox
                  size="small"
                  checked={rows.length > 0 && selectedOnPage === rows.length}
                  indeterminate={selectedOnPage > 0 && selectedOnPage < rows.length}
                  disabled={stale || rows.length === 0}
                  onChange={(_event, checked) =>
                    selection.onChange(checked ? new Set(rows.map((row) => row.billnumber)) : new Set())
                  }
                  slotProps={{ input: { 'aria-label': t('ordersGrid.selectPage') } }}
                />
              </th>
            )}
            {columns.map((column) => (
              <th
                key={column.field}
                role="columnheader"
                scope="col"
                data-field={column.field}
                data-phone={column.phone}
                data-sortable={column.sortingOrder ? '' : undefined}
                aria-sort={ariaSortOf(column, sort)}
                aria-describedby={column.field === 'orderamount' && sortedByAmount ? AMOUNT_NOTE_ID : undefined}
                style={{ minWidth: column.minWidth }}
                onClick={column.sortingOrder ? () => onSortChange(nextSort(column, sort)) : undefined}
                onKeyDown={onHeaderKey(column)}
              >
                {column.header}
                {ariaSortOf(column, sort) && (
                  <Box component="span" aria-hidden sx={{ ml: 0.5 }}>
                    {ariaSortOf(column, sort) === 'descending' ? '↓' : '↑'}
                  </Box>
                )}
              </th>
            ))}
            {rowActions && (
              <th role="columnheader" scope="col" data-field={ACTIONS_FIELD}>
                <Box component="span" sx={visuallyHidden}>
                  {t('monitoring.actionsColumn')}
                </Box>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((order, index) => (
            <OrderRow
              key={order.billnumber}
              order={order}
              index={(page - 1) * pageSize + index + 2}
              columns={columns}
              selected={ids ? ids.has(order.billnumber) : undefined}
              onToggle={onToggle}
              rowActions={rowActions}
              onOpen={onOpen}
              stale={stale}
            />
          ))}
          {rows.length === 0 && (
            <tr role="row">
              <td role="gridcell" colSpan={columns.length + (selection ? 1 : 0) + (rowActions ? 1 : 0)}>
                <EmptyState title={t('orders.empty')} />
              </td>
            </tr>
          )}
        </tbody>
      </Box>
      {sortedByAmount && (
        <Box id={AMOUNT_NOTE_ID} sx={{ px: 2, pt: 1, color: 'text.secondary', fontSize: '0.8125rem' }}>
          {t('ordersGrid.amountSortNote')}
        </Box>
      )}
      <OrdersPager
        total={total}
        page={page}
        pageSize={pageSize}
        onPageChange={onPageChange}
        onPageSizeChange={onPageSizeChange}
      />
    </Box>
  );
}

const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
