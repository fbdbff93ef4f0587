import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyTotal } from '@/api/order-totals';
import { Money } from './money';
import { classNames } from './plain/class-names';
import plain from './plain/plain.module.css';
import styles from './currency-totals.module.css';

const lineClass = classNames(styles.totals, plain.body2);

/**
 * A total per currency («Итого: 1 234,00 ₽ — 12 заказов; 56,00 $ — 1 заказ»): amounts in
 * different currencies are never added together. While the server still adds up (`totals`
 * undefined) the line is there already, saying so, so the list under it does not jump down
 * when the sums arrive. Plain markup: the line is on the monitor's first screen.
 */
export function CurrencyTotals({ label, totals }: { label: string; totals: readonly CurrencyTotal[] | undefined }) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId} aria-busy={totals === undefined || undefined} className={lineClass}>
      <span id={labelId} className={styles.label}>
        {label}
      </span>
      {totals === undefined ? (
        <p className={plain.secondary}>{t('ux.totals.counting')}</p>
      ) : totals.length === 0 ? (
        <p>{t('ux.totals.none')}</p>
      ) : (
        <ul className={styles.list}>
          {totals.map((total) => (
            <li key={total.currency}>
              <Money amount={total.amount} currency={total.currency} />{' '}
              <span className={plain.secondary}>{t('ux.totals.orders', { count: total.count })}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
