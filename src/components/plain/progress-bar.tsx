import { classNames } from './class-names';
import styles from './progress-bar.module.css';

/**
 * Work under way, named for assistive technology, as MUI's LinearProgress looks: with a
 * `percent` it shows how far along it is, without one that it is under way (of unknown length).
 */
export function ProgressBar({ label, percent, className }: { label: string; percent?: number; className?: string }) {
  if (percent === undefined) {
    return (
      <div role="progressbar" aria-label={label} className={classNames(styles.bar, className)}>
        <span className={styles.sliding} />
      </div>
    );
  }
  const value = Math.round(Math.min(100, Math.max(0, percent)));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={0}
      aria-valuemax={100}
      className={classNames(styles.bar, className)}
    >
      <span className={styles.filled} style={{ width: `${value}%` }} />
    </div>
  );
}
