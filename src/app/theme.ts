import { createTheme, type Theme } from '@mui/material/styles';
import { enUS, ruRU } from '@mui/material/locale';
import type { Language } from '@/lib/i18n/i18n';

const MATERIAL_LOCALES = { ru: ruRU, en: enUS } as const;

/**
 * Palette mains are darkened where MUI's defaults give white text under 4.5:1 (info, warning),
 * so every filled chip and button passes WCAG AA.
 */
export function createAppTheme(language: Language): Theme {
  return createTheme(
    {
      palette: {
        primary: { main: '#1565c0' },
        info: { main: '#0b6a9e' },
        warning: { main: '#b45309' },
        success: { main: '#2e7d32' },
        error: { main: '#c62828' },
        background: { default: '#f5f6f8' },
      },
      shape: { borderRadius: 8 },
      components: {
        MuiButton: { defaultProps: { disableElevation: true } },
      },
    },
    MATERIAL_LOCALES[language],
  );
}
