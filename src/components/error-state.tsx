import { useTranslation } from 'react-i18next';
import { describeProblem } from '@/lib/problem-message';
import { buttonClass } from './plain/button-class';
import { PlainAlert } from './plain/plain-alert';
import styles from './plain/plain.module.css';

export interface ErrorStateProps {
  error: unknown;
  /** Shown as a "Retry" button when given. */
  onRetry?: () => void;
  title?: string;
  retrying?: boolean;
}

/**
 * A failed load: what went wrong in the cabinet's own words and language, the code to quote to
 * support, and a way to try again. Drawn without MUI: the root's error page shows it before any
 * of MUI has loaded (or when its chunk could not be fetched).
 */
export function ErrorState({ error, onRetry, title, retrying = false }: ErrorStateProps) {
  const { t } = useTranslation();
  const { key, supportCode } = describeProblem(error);
  return (
    <PlainAlert
      severity="error"
      role="alert"
      title={title ?? t('errors.loadFailed')}
      className={styles.spaced}
      action={
        onRetry && (
          <button type="button" className={buttonClass('outlined', 'small')} onClick={onRetry} disabled={retrying}>
            {t('common.retry')}
          </button>
        )
      }
    >
      {t(`ux.problem.${key}`)}
      {supportCode && <span className={styles.supportCode}>{t('ux.problem.supportCode', { code: supportCode })}</span>}
    </PlainAlert>
  );
}
