import { createTheme, type Theme } from '@mui/material/styles';
import { enUS, ruRU } from '@mui/material/locale';
import type { Language } from '@/lib/i18n/i18n';

const MATERIAL_LOCALES = { ru: ruRU, en: enUS } as const;

const FOCUS_COLOR = '#0d47a1';
const PRIMARY = '#1565c0';

/**
 * One focus indicator for every control (WCAG 2.2 focus appearance): a 3 px ring set 2 px off the
 * control with a white halo between, so it shows on the page, on a filled button and on the
 * blue header alike. Only for keyboard focus (`:focus-visible`), never after a click.
 */
const FOCUS_RING = {
  outline: `3px solid ${FOCUS_COLOR}`,
  outlineOffset: '2px',
  boxShadow: '0 0 0 2px #fff',
} as const;

/**
 * Palette mains are darkened where MUI's defaults give white text under 4.5:1 (info, warning),
 * so every filled chip and button passes WCAG AA.
 */
export function createAppTheme(language: Language): Theme {
  return createTheme(
    {
      palette: {
        primary: { main: PRIMARY },
        info: { main: '#0b6a9e' },
        warning: { main: '#b45309' },
        success: { main: '#2e7d32' },
        error: { main: '#c62828' },
        background: { default: '#f5f6f8' },
      },
      shape: { borderRadius: 8 },
      components: {
        MuiButton: { defaultProps: { disableElevation: true } },
        // No ripple: each press of a button rendered it twice (in and out), on a slow machine a
        // visible delay before the click's own work; the focus ring marks the keyboard's place.
        MuiButtonBase: {
          defaultProps: { disableRipple: true },
          styleOverrides: { root: { '&.Mui-focusVisible': FOCUS_RING } },
        },
        MuiLink: { styleOverrides: { root: { '&:focus-visible': FOCUS_RING } } },
        MuiOutlinedInput: { styleOverrides: { root: { '&:has(input:focus-visible)': FOCUS_RING } } },
      },
    },
    MATERIAL_LOCALES[language],
  );
}
