import { classNames } from './class-names';
import styles from './indeterminate-bar.module.css';

/** Work under way of unknown length, named for assistive technology. */
export function IndeterminateBar({ label, className }: { label: string; className?: string }) {
  return (
    <div role="progressbar" aria-label={label} className={classNames(styles.bar, className)}>
      <span />
    </div>
  );
}
