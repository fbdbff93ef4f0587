import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import { useId } from 'react';
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

/**
 * Pages of the list (1-based, as in the URL) and their size, outside the grid, which holds rows
 * only. A native select: it is what phones present best, and it weighs nothing.
 */
export function OrdersPager({ total, page, pageSize, onPageChange, onPageSizeChange }: OrdersPagerProps) {
  const { t } = useTranslation();
  const numbers = useNumberFormat();
  const sizeId = useId();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(page, pages);
  const from = total === 0 ? 0 : (current - 1) * pageSize + 1;
  const to = Math.min(total, current * pageSize);
  return (
    <Box
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        justifyContent: 'flex-end',
        columnGap: 2,
        rowGap: 0.5,
        px: 1,
        py: 0.5,
        fontSize: '0.875rem',
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <label htmlFor={sizeId}>{t('ordersGrid.rowsPerPage')}</label>
        <Box
          component="select"
          id={sizeId}
          value={pageSize}
          onChange={(event) => onPageSizeChange(Number(event.target.value))}
          sx={{ font: 'inherit', py: 0.5, px: 0.5, borderRadius: 1, borderColor: 'divider' }}
        >
          {PAGE_SIZE_OPTIONS.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </Box>
      </Box>
      <Box component="span" sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {t('orders.grid.displayedRows', {
          from: numbers.format(from),
          to: numbers.format(to),
          count: numbers.format(total),
        })}
      </Box>
      <Box>
        <IconButton
          aria-label={t('ordersGrid.pages.previous')}
          disabled={current <= 1}
          onClick={() => onPageChange(current - 1)}
        >
          <ChevronLeftIcon />
        </IconButton>
        <IconButton
          aria-label={t('ordersGrid.pages.next')}
          disabled={current >= pages}
          onClick={() => onPageChange(current + 1)}
        >
          <ChevronRightIcon />
        </IconButton>
      </Box>
    </Box>
  );
}
