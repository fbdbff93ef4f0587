import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, currentLanguage, isLanguage, setLanguage } from '@/lib/i18n/i18n';

/** RU / EN; the choice is remembered for the next visit. */
export function LanguageSwitch({ color = 'standard' }: { color?: 'standard' | 'inherit' }) {
  const { t, i18n } = useTranslation();
  const inherit = color === 'inherit';
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={currentLanguage(i18n.language)}
      onChange={(_, value: unknown) => {
        if (isLanguage(value)) void setLanguage(value);
      }}
      aria-label={t('language.label')}
      sx={inherit ? { '& .MuiToggleButton-root': { color: 'inherit', borderColor: 'currentColor' } } : undefined}
    >
      {LANGUAGES.map((language) => (
        <ToggleButton
          key={language}
          value={language}
          lang={language}
          title={t(`language.${language}`)}
          sx={
            inherit
              ? {
                  // Darkening keeps white text above 7:1 on the app bar; lightening would not.
                  '&.Mui-selected, &.Mui-selected:hover': {
                    color: 'inherit',
                    bgcolor: 'rgba(0,0,0,0.32)',
                    fontWeight: 700,
                  },
                }
              : undefined
          }
        >
          {language.toUpperCase()}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
