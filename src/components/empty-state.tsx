import type { ReactNode } from 'react';
import { classNames } from './plain/class-names';
import plain from './plain/plain.module.css';
import styles from './empty-state.module.css';

export interface EmptyStateProps {
  title: string;
  description?: string;
  action?: ReactNode;
}

/**
 * Nothing to show: says so plainly, optionally with a way forward. Plain markup, so the monitor's
 * first screen (an empty page of orders) needs no MUI.
 */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <div role="status" className={styles.empty}>
      <p className={plain.h6}>{title}</p>
      {description && <p className={classNames(styles.description, plain.secondary)}>{description}</p>}
      {action && <div className={styles.action}>{action}</div>}
    </div>
  );
}
