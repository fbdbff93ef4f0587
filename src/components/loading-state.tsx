import { useTranslation } from 'react-i18next';
import styles from './plain/plain.module.css';

/**
 * A page or section that is still loading; the text, not the spinner, is what is announced.
 * Drawn without MUI: it is what the entry shows while the first page's code arrives.
 */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" className={styles.loading}>
      <span className={styles.spinner} aria-hidden />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}
