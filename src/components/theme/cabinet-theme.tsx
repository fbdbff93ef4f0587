import { ThemeProvider, type Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from '@/lib/i18n/i18n';
import { createAppTheme } from './app-theme';

/** One theme per language for the whole page: every piece drawn with MUI shares it. */
const themes = new Map<Language, Theme>();
function themeIn(language: Language): Theme {
  let theme = themes.get(language);
  if (!theme) {
    theme = createAppTheme(language);
    themes.set(language, theme);
  }
  return theme;
}

/**
 * MUI's theme in the page's language, round each page and popup drawn with MUI (see
 * `lazyThemed`): the entry, the sign-in page and the orders monitor are drawn without MUI and
 * do not load it. The baseline (MUI's CssBaseline) is the static sheet src/styles/base.css.
 */
export function CabinetTheme({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <ThemeProvider theme={themeIn(currentLanguage(i18n.language))}>{children}</ThemeProvider>;
}
