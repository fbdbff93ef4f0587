import TablePagination from '@mui/material/TablePagination';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '@/components/use-number-format';
import { PAGE_SIZE_OPTIONS } from '../model/list-query';

export interface OrdersPagerProps {
  total: number;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}

/** Pages of the list (1-based, as in the URL) and their size; outside the grid, which holds rows only. */
export function OrdersPager({ total, page, pageSize, onPageChange, onPageSizeChange }: OrdersPagerProps) {
  const { t } = useTranslation();
  const numbers = useNumberFormat();
  return (
    <TablePagination
      component="div"
      count={total}
      page={Math.max(0, Math.min(page - 1, Math.ceil(total / pageSize) - 1))}
      rowsPerPage={pageSize}
      rowsPerPageOptions={[...PAGE_SIZE_OPTIONS]}
      onPageChange={(_event, next) => onPageChange(next + 1)}
      onRowsPerPageChange={(event) => onPageSizeChange(Number(event.target.value))}
      labelRowsPerPage={t('ordersGrid.rowsPerPage')}
      labelDisplayedRows={({ from, to, count }) =>
        t('orders.grid.displayedRows', {
          from: numbers.format(from),
          to: numbers.format(to),
          count: numbers.format(count),
        })
      }
      getItemAriaLabel={(type) => t(`ordersGrid.pages.${type}`)}
      sx={{ '& .MuiTablePagination-toolbar': { flexWrap: 'wrap', rowGap: 0.5 } }}
    />
  );
}
