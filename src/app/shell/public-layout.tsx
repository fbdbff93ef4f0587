import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/language-switch';
import { MainContent } from './main-content';
import { SkipLink } from './skip-link';

/** Pages open to everyone (sign-in, not found): the cabinet's name and the language switch. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink />
      <AppBar position="static" component="header">
        <Toolbar sx={{ gap: 2 }}>
          <Typography component="p" variant="h6" sx={{ flexGrow: 1 }}>
            {t('common.appName')}
          </Typography>
          <LanguageSwitch color="inherit" />
        </Toolbar>
      </AppBar>
      <Box sx={{ minHeight: '100vh' }}>
        <MainContent>{children}</MainContent>
      </Box>
    </>
  );
}
