import type { Language } from './i18n';

/**
 * Banks and processing centres the gateway names in Russian, as English readers know them.
 * A name not listed is shown as the gateway sent it.
 */
const ENGLISH_NAMES: Record<string, string> = {
  Сбербанк: 'Sberbank',
  'Альфа-Банк': 'Alfa-Bank',
  ВТБ: 'VTB',
  Газпромбанк: 'Gazprombank',
  'НСПК (СБП)': 'NSPK (SBP)',
  Беларусбанк: 'Belarusbank',
  Приорбанк: 'Priorbank',
  Райффайзенбанк: 'Raiffeisenbank',
  Совкомбанк: 'Sovcombank',
  'Т-Банк': 'T-Bank',
  'Тестовый банк': 'Test bank',
  'Тестовый процессинг': 'Test processing',
  ЮMoney: 'YooMoney',
};

export function organisationName(name: string, language: Language): string {
  return language === 'en' ? (ENGLISH_NAMES[name] ?? name) : name;
}
