import { useTranslation } from 'react-i18next';
import type { SettingsGroup } from '@/api/settings';
import { SECRET_MASK } from '@/api/settings-versions';

const OPTION_FIELDS = new Set([
  'afterPayment',
  'defaultStage',
  'allowedMeans',
  'protocol',
  'events',
  'signature',
  'registerOrders',
  'registerTimeZone',
  'decimalSeparator',
  'lettersOn',
]);
const SEPARATOR_KEYS: Record<string, string> = { '.': 'point', ',': 'comma' };

/** A field's name and a value of it in words: option labels, yes/no, "not set", secrets hidden. */
export function useSettingText(group: SettingsGroup) {
  const { t } = useTranslation('settings');
  const option = (field: string, value: string) =>
    OPTION_FIELDS.has(field)
      ? t(`options.${field}.${SEPARATOR_KEYS[value] ?? value}` as 'options.protocol.POST', {
          defaultValue: value,
        })
      : value;
  const value = (field: string, raw: unknown): string => {
    if (field === 'secretWord' || raw === SECRET_MASK) return raw === null ? t('empty') : t('history.masked');
    if (raw === null || raw === undefined || raw === '') return t('empty');
    if (typeof raw === 'boolean') return raw ? t('yes') : t('no');
    if (Array.isArray(raw))
      return raw.length === 0 ? t('empty') : raw.map((item) => option(field, String(item))).join(', ');
    return option(field, String(raw));
  };
  const label = (field: string) =>
    t(`fields.${group}.${field}` as 'fields.payments.returnUrlOk', { defaultValue: field });
  return { label, value };
}
