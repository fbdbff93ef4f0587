import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/language-switch';
import typography from '@/components/plain/plain.module.css';
import bar from './app-bar.module.css';
import { MainContent } from './main-content';
import styles from './public-layout.module.css';
import { SkipLink } from './skip-link';

/**
 * Pages open to everyone (sign-in, not found): the cabinet's name and the language switch.
 * Plain markup, no MUI: the sign-in page loads without it.
 */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink />
      <header className={bar.header}>
        <div className={bar.toolbar}>
          <p className={`${typography.h6} ${bar.title}`}>{t('common.appName')}</p>
          <LanguageSwitch />
        </div>
      </header>
      <div className={styles.page}>
        <MainContent>{children}</MainContent>
      </div>
    </>
  );
}
