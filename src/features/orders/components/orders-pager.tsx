import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { iconButtonClass } from '@/components/plain/button-class';
import { PlainIcon } from '@/components/plain/plain-icon';
import { useNumberFormat } from '@/components/use-number-format';
import { PAGE_SIZE_OPTIONS } from '../model/list-query';
import styles from './orders-pager.module.css';

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
    <div className={styles.pager}>
      <div className={styles.size}>
        <label htmlFor={sizeId}>{t('ordersGrid.rowsPerPage')}</label>
        <select
          id={sizeId}
          className={styles.select}
          value={pageSize}
          onChange={(event) => onPageSizeChange(Number(event.target.value))}
        >
          {PAGE_SIZE_OPTIONS.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      <span className={styles.range}>
        {t('orders.grid.displayedRows', {
          from: numbers.format(from),
          to: numbers.format(to),
          count: numbers.format(total),
        })}
      </span>
      <div>
        <button
          type="button"
          className={iconButtonClass}
          aria-label={t('ordersGrid.pages.previous')}
          disabled={current <= 1}
          onClick={() => onPageChange(current - 1)}
        >
          <PlainIcon name="chevronLeft" />
        </button>
        <button
          type="button"
          className={iconButtonClass}
          aria-label={t('ordersGrid.pages.next')}
          disabled={current >= pages}
          onClick={() => onPageChange(current + 1)}
        >
          <PlainIcon name="chevronRight" />
        </button>
      </div>
    </div>
  );
}
