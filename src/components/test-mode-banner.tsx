import { useTranslation } from 'react-i18next';
import styles from './test-mode-banner.module.css';
import { TEST_MODE_BACKGROUND, TEST_MODE_TEXT } from './test-mode-colors';

const colours = { backgroundColor: TEST_MODE_BACKGROUND, color: TEST_MODE_TEXT, borderColor: TEST_MODE_TEXT };

/** Shown on every page of a test profile: test data must never pass for live data. */
export function TestModeBanner({ merchantId }: { merchantId: string }) {
  const { t } = useTranslation();
  return (
    <div role="note" data-testmode-banner="" className={styles.banner} style={colours}>
      {t('shell.testBanner', { merchantId })}
    </div>
  );
}
