import { TEST_MODE_BACKGROUND } from './test-mode-colors';
import styles from './test-mode-frame.module.css';

const border = { border: `6px solid ${TEST_MODE_BACKGROUND}` };

/** A frame in the test colour round the whole window: visible whatever part of a page is scrolled to. */
export function TestModeFrame() {
  return <div aria-hidden data-testmode-frame="" className={styles.frame} style={border} />;
}
