import { addNamespace } from './i18n';
import { settingsEn } from './settings-en';
import { settingsRu } from './settings-ru';

/** Adds the settings pages' messages (namespace `settings`) to the cabinet's i18n instance. */
export function addSettingsMessages(): void {
  addNamespace('settings', settingsRu, settingsEn);
}
