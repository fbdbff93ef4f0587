import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { currentLanguage, i18n } from '@/lib/i18n/i18n';
import { createAppTheme } from './theme';

function LocalizedTheme({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation();
  const language = currentLanguage(instance.language);
  const theme = useMemo(() => createAppTheme(language), [language]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {children}
    </ThemeProvider>
  );
}

/** Server state, language and look, shared by every page. */
export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <LocalizedTheme>{children}</LocalizedTheme>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
