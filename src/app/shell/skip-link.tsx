import { useTranslation } from 'react-i18next';
import styles from './skip-link.module.css';

export const MAIN_CONTENT_ID = 'main-content';

/** The first stop for keyboard users: jumps past the header straight into the page. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      className={styles.skipLink}
      onClick={(event) => {
        // Focus moves without touching the URL, so the router sees no navigation.
        event.preventDefault();
        document.getElementById(MAIN_CONTENT_ID)?.focus();
      }}
    >
      {t('common.skipToContent')}
    </a>
  );
}
