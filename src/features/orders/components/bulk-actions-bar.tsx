import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from '@/components/plain/class-names';
import plain from '@/components/plain/plain.module.css';
import styles from './bulk-actions-bar.module.css';

const countClass = classNames(plain.secondary, styles.count);

/**
 * The toolbar over the grid for what another feature may do with the selected orders. It stays
 * in place (and announces the count politely) so the grid does not jump when rows are selected.
 */
export function BulkActionsBar({ count, children }: { count: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div role="toolbar" aria-label={t('monitoring.selection.toolbar')} className={styles.bar}>
      <p aria-live="polite" className={countClass}>
        {count === 0 ? t('monitoring.selection.none') : t('monitoring.selection.count', { count })}
      </p>
      {children}
    </div>
  );
}
