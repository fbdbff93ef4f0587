import { ThemeProvider } from '@mui/material/styles';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@/lib/i18n/i18n';
import { createAppTheme } from './theme';

/**
 * MUI's theme in the page's language, for the pages drawn with MUI: the shell and everything
 * in it, and the first-visit setup. It wraps those routes rather than the whole app, so the
 * entry and the sign-in page, drawn without MUI, do not load it. The baseline (MUI's
 * CssBaseline) is the static sheet src/styles/base.css.
 */
export function CabinetTheme({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n.language);
  const theme = useMemo(() => createAppTheme(language), [language]);
  return <ThemeProvider theme={theme}>{children}</ThemeProvider>;
}
