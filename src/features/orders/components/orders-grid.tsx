import Box from '@mui/material/Box';
import {
  DataGrid,
  GRID_CHECKBOX_SELECTION_FIELD,
  type GridColDef,
  type GridColumnVisibilityModel,
  type GridLocaleText,
  type GridPaginationModel,
  type GridRowSelectionModel,
  type GridSortModel,
} from '@mui/x-data-grid';
import { enUS, ruRU } from '@mui/x-data-grid/locales';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '@/api/orders';
import { EmptyState } from '@/components/empty-state';
import { useNumberFormat } from '@/components/use-number-format';
import { currentLanguage } from '@/lib/i18n/i18n';
import { PAGE_SIZE_OPTIONS } from '../model/list-query';
import { OrdersGridToolbar } from './orders-grid-toolbar';
import { useOrderColumns } from './use-order-columns';

const GRID_LOCALES = { ru: ruRU, en: enUS } as const;

/** The column holding another feature's row menu. */
export const ACTIONS_FIELD = 'actions';

/** Cells whose clicks and Enter belong to their own controls, not to opening the order. */
const INTERACTIVE_FIELDS = new Set([ACTIONS_FIELD, GRID_CHECKBOX_SELECTION_FIELD]);

function NoOrdersOverlay() {
  const { t } = useTranslation();
  return <EmptyState title={t('orders.empty')} />;
}

/** The grid's built-in texts in the UI language, with the ones its Russian pack lacks filled in. */
function useGridLocaleText(): Partial<GridLocaleText> {
  const { t, i18n } = useTranslation();
  const numbers = useNumberFormat();
  return useMemo(() => {
    return {
      ...GRID_LOCALES[currentLanguage(i18n.language)].components.MuiDataGrid.defaultProps.localeText,
      paginationDisplayedRows: ({ from, to, count }) =>
        t('orders.grid.displayedRows', {
          from: numbers.format(from),
          to: numbers.format(to),
          count: numbers.format(count),
        }),
      columnHeaderSortIconAriaLabel: (column, direction) =>
        direction === 'asc'
          ? t('orders.grid.sortAscending', { column })
          : direction === 'desc'
            ? t('orders.grid.sortDescending', { column })
            : t('orders.grid.unsort', { column }),
    };
  }, [t, i18n.language, numbers]);
}

export interface OrdersGridProps {
  labelledBy: string;
  rows: OrderSummary[];
  rowCount: number;
  paginationModel: GridPaginationModel;
  onPaginationModelChange: (model: GridPaginationModel) => void;
  sortModel: GridSortModel;
  onSortModelChange: (model: GridSortModel) => void;
  onOpen: (order: OrderSummary) => void;
  columnVisibilityModel: GridColumnVisibilityModel;
  onColumnVisibilityModelChange: (model: GridColumnVisibilityModel) => void;
  /** Another feature's menu for a row; adds an actions column when given. */
  rowActions?: (order: OrderSummary) => ReactNode;
  /** Row selection (checkboxes), controlled by the page; absent when nothing acts on a selection. */
  selection?: { model: GridRowSelectionModel; onModelChange: (model: GridRowSelectionModel) => void };
}

function useActionsColumn(
  rowActions: ((order: OrderSummary) => ReactNode) | undefined,
): GridColDef<OrderSummary> | null {
  const { t } = useTranslation();
  return useMemo(
    () =>
      rowActions
        ? {
            field: ACTIONS_FIELD,
            headerName: t('monitoring.actionsColumn'),
            width: 90,
            sortable: false,
            hideable: false,
            disableExport: true,
            renderCell: ({ row }) => <Box sx={{ display: 'flex', alignItems: 'center' }}>{rowActions(row)}</Box>,
          }
        : null,
    [rowActions, t],
  );
}

/**
 * One page of orders; paging and sorting happen on the server. A page holds at most 100 rows,
 * so every row is rendered (no virtualization) and stays reachable for assistive technology.
 */
export function OrdersGrid({
  labelledBy,
  rows,
  rowCount,
  paginationModel,
  onPaginationModelChange,
  sortModel,
  onSortModelChange,
  onOpen,
  rowActions,
  selection,
  columnVisibilityModel,
  onColumnVisibilityModelChange,
}: OrdersGridProps) {
  const orderColumns = useOrderColumns();
  const actionsColumn = useActionsColumn(rowActions);
  const columns = useMemo(
    () => (actionsColumn ? [...orderColumns, actionsColumn] : orderColumns),
    [orderColumns, actionsColumn],
  );
  const localeText = useGridLocaleText();
  return (
    <DataGrid<OrderSummary>
      aria-labelledby={labelledBy}
      rows={rows}
      columns={columns}
      getRowId={(row) => row.billnumber}
      rowCount={rowCount}
      paginationMode="server"
      sortingMode="server"
      paginationModel={paginationModel}
      onPaginationModelChange={onPaginationModelChange}
      pageSizeOptions={PAGE_SIZE_OPTIONS}
      sortModel={sortModel}
      onSortModelChange={onSortModelChange}
      disableColumnMenu
      density="compact"
      showToolbar
      columnVisibilityModel={columnVisibilityModel}
      onColumnVisibilityModelChange={onColumnVisibilityModelChange}
      disableColumnFilter
      disableRowSelectionOnClick
      checkboxSelection={selection !== undefined}
      rowSelectionModel={selection?.model}
      onRowSelectionModelChange={selection?.onModelChange}
      disableVirtualization
      autoHeight
      localeText={localeText}
      onCellClick={({ row, field }) => {
        if (!INTERACTIVE_FIELDS.has(field)) onOpen(row);
      }}
      onCellKeyDown={({ row, field }, event) => {
        // Enter on a control inside a cell (the row menu) is that control's, not the row's.
        if (event.key === 'Enter' && !INTERACTIVE_FIELDS.has(field) && event.target === event.currentTarget)
          onOpen(row);
      }}
      slots={{ noRowsOverlay: NoOrdersOverlay, toolbar: OrdersGridToolbar }}
      sx={{
        bgcolor: 'background.paper',
        '& .MuiDataGrid-row': { cursor: 'pointer' },
        '& .MuiDataGrid-overlayWrapper': { minHeight: 160 },
      }}
    />
  );
}
