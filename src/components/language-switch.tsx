import { useTranslation } from 'react-i18next';
import { LANGUAGES, currentLanguage, setLanguage } from '@/lib/i18n/i18n';
import { ToggleButtons } from './plain/toggle-buttons';

/** RU / EN on the app bar; the choice is remembered for the next visit. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <ToggleButtons
      label={t('language.label')}
      tone="inverse"
      value={currentLanguage(i18n.language)}
      onSelect={(language) => void setLanguage(language)}
      options={LANGUAGES.map((language) => ({
        value: language,
        content: language.toUpperCase(),
        lang: language,
        title: t(`language.${language}`),
      }))}
    />
  );
}
