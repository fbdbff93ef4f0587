import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderSort, OrderSummary } from '@/api/orders';
import { EmptyState } from '@/components/empty-state';
import { useRovingGrid } from '@/components/use-roving-grid';
import { sortToItems } from '../model/list-sort';
import { ColumnsChooser } from './columns-chooser';
import styles from './orders-grid.module.css';
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

/** The header's "whole page" checkbox; a native one, whose mixed state only a script can set. */
function PageCheckbox({
  checked,
  indeterminate,
  disabled,
  onChange,
  label,
}: {
  checked: boolean;
  indeterminate: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
  label: string;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      ref={ref}
      type="checkbox"
      checked={checked}
      disabled={disabled}
      onChange={(event) => onChange(event.target.checked)}
      aria-label={label}
    />
  );
}

/** Clicks on a row's own controls (link, checkbox, menu) are theirs, not the row's. */
const isOnControl = (target: Element) => target.closest('a, button, input, label, [role="menu"]') !== null;

/** A plain left click, which the app handles; with a modifier the browser opens a tab or window. */
const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

interface OrderRowProps {
  order: OrderSummary;
  index: number;
  columns: readonly OrderColumn[];
  selected: boolean | undefined;
  onToggle: ((billnumber: string) => void) | undefined;
  selectLabel: (order: OrderSummary) => string;
  /** The checkbox is off while the next page loads (only rows with one re-render for it). */
  checkDisabled: boolean;
  rowActions: ((order: OrderSummary) => ReactNode) | undefined;
}

/**
 * One order. Memoised and free of hooks and handlers of its own (the table handles clicks and
 * keys for every row), so a new filter or a refetch re-renders only the rows that changed, the
 * dimming while the next page loads is the table's style, and a page of rows subscribes to nothing.
 */
const OrderRow = memo(function OrderRow({
  order,
  index,
  columns,
  selected,
  onToggle,
  selectLabel,
  checkDisabled,
  rowActions,
}: OrderRowProps) {
  return (
    <tr role="row" data-id={order.billnumber} data-order-row="" aria-rowindex={index} aria-selected={selected}>
      {onToggle && (
        <td role="gridcell" data-field={SELECT_FIELD}>
          <label className="check-area">
            <input
              type="checkbox"
              checked={selected === true}
              disabled={checkDisabled}
              onChange={() => onToggle(order.billnumber)}
              aria-label={selectLabel(order)}
            />
          </label>
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
  const allColumns = useOrderColumns(links.href);
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
  const selectLabel = useCallback(
    (order: OrderSummary) => t('ordersGrid.selectRow', { ordernumber: order.ordernumber }),
    [t],
  );

  const orderOf = (target: Element) => {
    const id = target.closest('tr[data-id]')?.getAttribute('data-id');
    return rows.find((row) => row.billnumber === id);
  };

  /** A click on a row opens its order; a plain click on its number too, inside the app. */
  const onTableClick = (event: MouseEvent<HTMLElement>) => {
    const target = event.target as Element;
    // Clicks from a row menu's popup (a portal) bubble here through React, not through the row.
    const order = event.currentTarget.contains(target) ? orderOf(target) : undefined;
    if (stale || !order || event.defaultPrevented) return;
    if (target.closest('a.order-link')) {
      if (!isPlainClick(event)) return;
      event.preventDefault();
      onOpen(order);
    } else if (!isOnControl(target) && !window.getSelection()?.toString()) onOpen(order);
  };

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
    const order = orderOf(event.target as Element);
    if (order) onOpen(order);
  };

  return (
    <div className={styles.frame}>
      <div className={styles.toolbar}>
        <ColumnsChooser columns={allColumns} visibility={visibility} onChange={onVisibilityChange} />
      </div>
      <table
        className={styles.grid}
        ref={gridRef}
        role="grid"
        aria-labelledby={labelledBy}
        aria-rowcount={total + 1}
        aria-multiselectable={selection ? true : undefined}
        aria-busy={stale || undefined}
        onKeyDownCapture={onCellKey}
        onClick={onTableClick}
        onFocus={onGridFocus}
        data-stale={stale || undefined}
      >
        <thead>
          <tr role="row" aria-rowindex={1}>
            {selection && (
              <th role="columnheader" data-field={SELECT_FIELD} scope="col">
                <label className="check-area">
                  <PageCheckbox
                    checked={rows.length > 0 && selectedOnPage === rows.length}
                    indeterminate={selectedOnPage > 0 && selectedOnPage < rows.length}
                    disabled={stale || rows.length === 0}
                    onChange={(checked) =>
                      selection.onChange(checked ? new Set(rows.map((row) => row.billnumber)) : new Set())
                    }
                    label={t('ordersGrid.selectPage')}
                  />
                </label>
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
                  <span aria-hidden className={styles.sortMark}>
                    {ariaSortOf(column, sort) === 'descending' ? '↓' : '↑'}
                  </span>
                )}
              </th>
            ))}
            {rowActions && (
              <th role="columnheader" scope="col" data-field={ACTIONS_FIELD}>
                <span className={styles.visuallyHidden}>{t('monitoring.actionsColumn')}</span>
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
              selectLabel={selectLabel}
              checkDisabled={stale && onToggle !== undefined}
              rowActions={rowActions}
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
      </table>
      {sortedByAmount && (
        <div id={AMOUNT_NOTE_ID} className={styles.amountNote}>
          {t('ordersGrid.amountSortNote')}
        </div>
      )}
      <OrdersPager
        total={total}
        page={page}
        pageSize={pageSize}
        onPageChange={onPageChange}
        onPageSizeChange={onPageSizeChange}
      />
    </div>
  );
}
