import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMerchantTimeZone } from '@/components/merchant-time-zone';
import { buttonClass } from '@/components/plain/button-class';
import { classNames } from '@/components/plain/class-names';
import { PlainIcon } from '@/components/plain/plain-icon';
import plain from '@/components/plain/plain.module.css';
import { formatDateTime } from '@/lib/dates';
import { intlLocale } from '@/lib/i18n/i18n';
import { orderStateLabelKey } from '@/lib/i18n/domain-labels';
import { amountFilterText } from '../model/amount-filter';
import type { ListQuery } from '../model/list-query';
import { activeFilterFields, type FilterField } from '../model/order-filters';
import styles from './active-filters-summary.module.css';

const headingClass = classNames(styles.heading, plain.body2, plain.secondary);
const resetClass = buttonClass('text', 'small');

/** The filter's value as the summary shows it (dates in the merchant's zone, labels translated). */
function useFilterValueText() {
  const { t, i18n } = useTranslation();
  const timeZone = useMerchantTimeZone();
  const locale = intlLocale(i18n.language);
  return (query: ListQuery, field: FilterField): string => {
    switch (field) {
      case 'from':
      case 'to':
        return formatDateTime(query[field] ?? '', timeZone, locale);
      case 'state':
        return (query.state ?? []).map((state) => t(orderStateLabelKey(state))).join(', ');
      case 'ordertype':
        return query.ordertype ? t(`orderType.${query.ordertype}`) : '';
      case 'means':
        return query.means ? t(`meansType.${query.means}`) : '';
      case 'brand':
        return query.brand ? t(`brand.${query.brand}`) : '';
      case 'amountFrom':
      case 'amountTo':
        return amountFilterText(query[field] ?? '', locale);
      default:
        return query[field] ?? '';
    }
  };
}

/**
 * What the list is filtered by, each removable with one click (or Delete on its chip, as MUI's
 * Chip did), and a reset of them all. Plain markup: a filtered list shows it on first render.
 */
export function ActiveFiltersSummary({
  query,
  onRemove,
  onReset,
}: {
  query: ListQuery;
  onRemove: (field: FilterField) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const valueText = useFilterValueText();
  const fields = activeFilterFields(query);
  if (fields.length === 0) return null;
  const removeByKey = (field: FilterField) => (event: KeyboardEvent) => {
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      onRemove(field);
    }
  };
  return (
    <section aria-labelledby={headingId} className={styles.summary}>
      <h2 id={headingId} className={headingClass}>
        {t('monitoring.summary.label')}
      </h2>
      <ul className={styles.list}>
        {fields.map((field) => {
          const text = t('monitoring.summary.item', {
            label: t(`monitoring.summary.fields.${field}`),
            value: valueText(query, field),
          });
          return (
            <li key={field} className={styles.item}>
              <button
                type="button"
                className={styles.chip}
                aria-label={t('monitoring.summary.remove', { filter: text })}
                onClick={() => onRemove(field)}
                onKeyDown={removeByKey(field)}
              >
                <span className={styles.label}>{text}</span>
                <PlainIcon name="cancel" className={styles.remove} />
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className={resetClass} onClick={onReset}>
        {t('monitoring.summary.reset')}
      </button>
    </section>
  );
}
