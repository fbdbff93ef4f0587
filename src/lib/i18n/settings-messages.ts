import { i18n } from './i18n';
import { settingsEn } from './settings-en';
import { settingsRu } from './settings-ru';

/** Adds the settings pages' messages (namespace `settings`) to the cabinet's i18n instance. */
export function addSettingsMessages(): void {
  if (i18n.hasResourceBundle('ru', 'settings')) return;
  i18n.addResourceBundle('ru', 'settings', settingsRu);
  i18n.addResourceBundle('en', 'settings', settingsEn);
}
