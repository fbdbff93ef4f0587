import { useTranslation } from 'react-i18next';
import type { OrderExportQueryInput } from '@/api/orders';
import { buttonClass, startIconClass } from '@/components/plain/button-class';
import { classNames } from '@/components/plain/class-names';
import { PlainAlert } from '@/components/plain/plain-alert';
import { PlainIcon } from '@/components/plain/plain-icon';
import plain from '@/components/plain/plain.module.css';
import { ProgressBar } from '@/components/plain/progress-bar';
import { useNumberFormat } from '@/components/use-number-format';
import { useOrderExport } from '../api/use-order-export';
import styles from './export-control.module.css';

const statusClass = classNames(plain.body2, plain.secondary, styles.status);
const outcomeClass = classNames(plain.body2, plain.secondary, styles.outcome);

/**
 * CSV of everything the filters match, produced and streamed by the server. The page shows how
 * many rows have arrived of how many, and the export can be cancelled at any moment. Plain
 * markup: the button is on the monitor's first screen for whoever may export.
 */
export function ExportControl({
  profileId,
  buildQuery,
}: {
  profileId: string;
  /** The query at the moment of the click: current filters, sort, visible columns, language. */
  buildQuery: () => OrderExportQueryInput;
}) {
  const { t } = useTranslation();
  const { state, start, cancel } = useOrderExport(profileId);
  const numbers = useNumberFormat();
  const running = state.status === 'running';
  const percent = running && state.total ? Math.min(100, (state.rows / state.total) * 100) : undefined;

  return (
    <div className={styles.control}>
      {running ? (
        <button type="button" className={buttonClass('outlined')} onClick={cancel}>
          {t('monitoring.export.cancel')}
        </button>
      ) : (
        <button
          type="button"
          className={buttonClass('outlined', 'medium', 'primary')}
          onClick={() => void start(buildQuery())}
        >
          <span className={startIconClass}>
            <PlainIcon name="download" />
          </span>
          {t('monitoring.export.start')}
        </button>
      )}
      {running && (
        <div className={styles.progress}>
          <ProgressBar label={t('monitoring.export.progress')} percent={percent} />
          <p className={statusClass} role="status">
            {state.total === null
              ? t('monitoring.export.receivedUnknown', { rows: numbers.format(state.rows) })
              : t('monitoring.export.received', {
                  rows: numbers.format(state.rows),
                  total: numbers.format(state.total),
                })}
          </p>
        </div>
      )}
      {state.status === 'done' && (
        <p className={outcomeClass} role="status">
          {t('monitoring.export.done', { rows: numbers.format(state.rows), filename: state.filename })}
        </p>
      )}
      {state.status === 'canceled' && (
        <p className={outcomeClass} role="status">
          {t('monitoring.export.canceled')}
        </p>
      )}
      {state.status === 'failed' && (
        <PlainAlert severity="error" role="alert">
          {t('monitoring.export.failed')}
        </PlainAlert>
      )}
    </div>
  );
}
