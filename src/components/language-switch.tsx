import { useTranslation } from 'react-i18next';
import { LANGUAGES, currentLanguage, setLanguage } from '@/lib/i18n/i18n';
import styles from './language-switch.module.css';

/**
 * RU / EN on the app bar; the choice is remembered for the next visit. Plain buttons with
 * `aria-pressed` in a labelled group (what MUI's ToggleButtonGroup renders), so the sign-in
 * page's header needs no MUI.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = currentLanguage(i18n.language);
  return (
    <div role="group" aria-label={t('language.label')} className={styles.group}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          title={t(`language.${language}`)}
          aria-pressed={language === current}
          className={styles.option}
          onClick={() => {
            if (language !== current) void setLanguage(language);
          }}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
