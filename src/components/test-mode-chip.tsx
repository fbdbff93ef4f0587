import styles from './test-mode-chip.module.css';
import { TEST_MODE_BACKGROUND, TEST_MODE_TEXT } from './test-mode-colors';

/** The «ТЕСТ» mark next to test profiles and test orders. */
export function TestModeChip({ label, title }: { label: string; title?: string }) {
  return (
    <span
      className={styles.chip}
      title={title}
      style={{ backgroundColor: TEST_MODE_BACKGROUND, color: TEST_MODE_TEXT }}
    >
      {label}
    </span>
  );
}
