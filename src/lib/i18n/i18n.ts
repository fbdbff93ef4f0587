import i18next, { type BackendModule, type CustomTypeOptions } from 'i18next';
import { LANGUAGES, type Language } from '@/api/common';
import { initReactI18next } from 'react-i18next';
import { ru, type Messages } from './ru';
import type { AccountMessages } from './account-messages';
import type { AuditMessages } from './audit-messages';
import type { GoliveMessages } from './golive-ru';
import type { NotificationsMessages } from './notifications-messages';
import type { SettingsMessages } from './settings-ru';
import type { UsersMessages } from './users-messages';
import type { WebServiceMessages } from './web-service-messages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // Namespaces other than `translation` travel with the page that uses them.
    resources: {
      translation: Messages;
      settings: SettingsMessages;
      golive: GoliveMessages;
      notifications: NotificationsMessages;
      webService: WebServiceMessages;
      users: UsersMessages;
      audit: AuditMessages;
      account: AccountMessages;
    };
  }
}

/** The UI speaks the languages the contract's labels come in. */
export { LANGUAGES, type Language };
export const DEFAULT_LANGUAGE: Language = 'ru';

const STORAGE_KEY = 'cabinet.language';

/** BCP 47 locales for Intl: day-first dates and a 24-hour clock in both languages. */
const INTL_LOCALES: Record<Language, string> = { ru: 'ru-RU', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Without storage the choice lasts until the page is reloaded.
  }
}

/**
 * Russian (the default and the fallback) travels with the entry; English is a chunk of its own,
 * fetched when it is the language chosen, so a Russian page never downloads it.
 */
const otherLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, done) {
    // Only `translation` is fetched: the other namespaces come in both languages with their pages.
    if (language !== 'en' || namespace !== 'translation') {
      done(null, {});
      return;
    }
    import('./en').then(
      (module) => done(null, module.en),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** The one i18next instance of the cabinet; Russian is bundled, so a Russian start is synchronous. */
export const i18n = i18next.createInstance();

/** Resolves once the chosen language's messages are in: the app renders after it. */
export const languageReady: Promise<unknown> = i18n
  .use(otherLanguages)
  .use(initReactI18next)
  .init({
    resources: { ru: { translation: ru } },
    partialBundledLanguages: true,
    lng: storedLanguage() ?? DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });

type PageNamespace = Exclude<keyof CustomTypeOptions['resources'], 'translation'>;

/**
 * Adds a namespace's messages in both languages, once. They travel with the code that shows
 * them rather than with the entry, so the orders page does not download them. Every module that
 * reads a namespace adds it at load, not only the route that shows the feature: another route
 * may render one of its components (an order's page shows its notifications and audit entries),
 * and a module that adds what it reads cannot be rendered without its messages.
 */
export function addNamespace<N extends PageNamespace>(
  namespace: N,
  ru: CustomTypeOptions['resources'][N],
  en: CustomTypeOptions['resources'][N],
): void {
  if (i18n.hasResourceBundle('ru', namespace)) return;
  i18n.addResourceBundle('ru', namespace, ru);
  i18n.addResourceBundle('en', namespace, en);
}

function syncDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

export function currentLanguage(language: string = i18n.language): Language {
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

/** Switches the UI language and remembers the choice for the next visit. */
export async function setLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await i18n.changeLanguage(language);
}

/** The Intl locale for a UI language. */
export function intlLocale(language: string = i18n.language): string {
  return INTL_LOCALES[currentLanguage(language)];
}
