import { useTranslation } from 'react-i18next';
import { ProgressBar } from './plain/progress-bar';
import styles from './refresh-bar.module.css';

/**
 * A thin, named progress bar over content that stays on screen while its next version loads.
 * It sits outside the data grid: a grid may hold only rows, and a bar inside it breaks ARIA.
 * The space is always reserved, so the content below does not jump. Static CSS: showing it
 * inserts no style rule, which would make the browser restyle the whole page at the moment a
 * filter changes.
 */
export function RefreshBar({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return <div className={styles.slot}>{active && <ProgressBar label={t('common.loading')} />}</div>;
}
