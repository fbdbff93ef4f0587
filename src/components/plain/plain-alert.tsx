import type { ReactNode } from 'react';
import styles from './plain.module.css';
import { classNames } from './class-names';

/** MUI's outlined error and info icons (material icons, Apache 2.0). */
const ICON_PATHS = {
  error:
    'M11 15h2v2h-2zm0-8h2v6h-2zm.99-5C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2M12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8',
  info: 'M11 7h2v2h-2zm0 4h2v6h-2zm1-9C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8',
} as const;

export interface PlainAlertProps {
  severity: keyof typeof ICON_PATHS;
  role: 'alert' | 'note' | 'status';
  title?: ReactNode;
  /** The title's id, for an `aria-labelledby` pointing at it. */
  titleId?: string;
  'aria-labelledby'?: string;
  action?: ReactNode;
  className?: string;
  children?: ReactNode;
}

/** An alert drawn as MUI's standard Alert, for pages that load without MUI. */
export function PlainAlert({ severity, title, titleId, action, className, children, ...rest }: PlainAlertProps) {
  return (
    <div className={classNames(styles.alert, styles[severity], className)} {...rest}>
      <div className={styles.alertIcon} aria-hidden>
        <svg viewBox="0 0 24 24" focusable="false">
          <path d={ICON_PATHS[severity]} />
        </svg>
      </div>
      <div className={styles.alertMessage}>
        {title && (
          <div id={titleId} className={styles.alertTitle}>
            {title}
          </div>
        )}
        {children}
      </div>
      {action && <div className={styles.alertAction}>{action}</div>}
    </div>
  );
}
