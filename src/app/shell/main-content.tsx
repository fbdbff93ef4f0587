import type { ReactNode } from 'react';
import styles from './main-content.module.css';
import { MAIN_CONTENT_ID } from './skip-link';

/** The page's main landmark; focusable so the skip link can land on it. */
export function MainContent({ children, banner }: { children: ReactNode; banner?: ReactNode }) {
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} style={{ outline: 'none' }}>
      {banner}
      <div className={styles.container}>{children}</div>
    </main>
  );
}
