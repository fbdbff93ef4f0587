import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Page — Cabinet" in the browser tab, so every page announces itself. */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation();
  const appName = t('common.appName');
  useEffect(() => {
    document.title = page === '' ? appName : `${page} — ${appName}`;
  }, [page, appName]);
}
