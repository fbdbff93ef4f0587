import { useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentTitlePrefix } from './document-title-prefix';

/** "Page — Cabinet" in the browser tab, so every page announces itself; a test profile's with its prefix. */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation();
  const appName = t('common.appName');
  const prefix = useContext(DocumentTitlePrefix);
  useEffect(() => {
    const title = page === '' ? appName : `${page} — ${appName}`;
    document.title = prefix === '' ? title : `${prefix} ${title}`;
  }, [page, appName, prefix]);
}
