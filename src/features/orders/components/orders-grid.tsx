import { DataGrid, type GridLocaleText, type GridPaginationModel, type GridSortModel } from '@mui/x-data-grid';
import { enUS, ruRU } from '@mui/x-data-grid/locales';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '@/api/orders';
import { EmptyState } from '@/components/empty-state';
import { currentLanguage, intlLocale } from '@/lib/i18n/i18n';
import { PAGE_SIZE_OPTIONS } from '../model/list-query';
import { useOrderColumns } from './use-order-columns';

const GRID_LOCALES = { ru: ruRU, en: enUS } as const;

function NoOrdersOverlay() {
  const { t } = useTranslation();
  return <EmptyState title={t('orders.empty')} />;
}

/** The grid's built-in texts in the UI language, with the ones its Russian pack lacks filled in. */
function useGridLocaleText(): Partial<GridLocaleText> {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const numbers = new Intl.NumberFormat(intlLocale(i18n.language));
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
  }, [t, i18n.language]);
}

export interface OrdersGridProps {
  labelledBy: string;
  rows: OrderSummary[];
  rowCount: number;
  loading: boolean;
  paginationModel: GridPaginationModel;
  onPaginationModelChange: (model: GridPaginationModel) => void;
  sortModel: GridSortModel;
  onSortModelChange: (model: GridSortModel) => void;
  onOpen: (order: OrderSummary) => void;
}

/**
 * One page of orders; paging and sorting happen on the server. A page holds at most 100 rows,
 * so every row is rendered (no virtualization) and stays reachable for assistive technology.
 */
export function OrdersGrid({
  labelledBy,
  rows,
  rowCount,
  loading,
  paginationModel,
  onPaginationModelChange,
  sortModel,
  onSortModelChange,
  onOpen,
}: OrdersGridProps) {
  const columns = useOrderColumns();
  const localeText = useGridLocaleText();
  return (
    <DataGrid<OrderSummary>
      aria-labelledby={labelledBy}
      rows={rows}
      columns={columns}
      getRowId={(row) => row.billnumber}
      rowCount={rowCount}
      loading={loading}
      paginationMode="server"
      sortingMode="server"
      paginationModel={paginationModel}
      onPaginationModelChange={onPaginationModelChange}
      pageSizeOptions={PAGE_SIZE_OPTIONS}
      sortModel={sortModel}
      onSortModelChange={onSortModelChange}
      disableColumnMenu
      disableColumnFilter
      disableRowSelectionOnClick
      disableVirtualization
      autoHeight
      localeText={localeText}
      onRowClick={({ row }) => onOpen(row)}
      onCellKeyDown={({ row }, event) => {
        if (event.key === 'Enter') onOpen(row);
      }}
      slots={{ noRowsOverlay: NoOrdersOverlay }}
      slotProps={{ loadingOverlay: { variant: 'linear-progress', noRowsVariant: 'linear-progress' } }}
      sx={{
        bgcolor: 'background.paper',
        '& .MuiDataGrid-row': { cursor: 'pointer' },
        '& .MuiDataGrid-overlayWrapper': { minHeight: 160 },
      }}
    />
  );
}
