import { useTranslation } from 'react-i18next';
import { ORDER_VIEWS, type OrderCounts, type OrderView } from '@/api/orders';
import { ToggleButtons } from '@/components/plain/toggle-buttons';
import { useNumberFormat } from '@/components/use-number-format';
import styles from './quick-views.module.css';

/**
 * The monitor's quick views, each with how many orders it holds under the other filters
 * (counted by the server). A state filter that matches no view leaves none pressed.
 */
export function QuickViews({
  active,
  counts,
  onSelect,
}: {
  active: OrderView | null;
  counts: OrderCounts | undefined;
  onSelect: (view: OrderView) => void;
}) {
  const { t } = useTranslation();
  const numbers = useNumberFormat();
  return (
    <ToggleButtons
      label={t('monitoring.views.label')}
      value={active}
      onSelect={onSelect}
      className={styles.views}
      options={ORDER_VIEWS.map((view) => ({
        value: view,
        attributes: { 'data-quick-view': view },
        content: (
          <>
            {t(`monitoring.views.${view}`)}{' '}
            <span className={styles.count}>{counts ? numbers.format(counts[view]) : '…'}</span>
          </>
        ),
      }))}
    />
  );
}
