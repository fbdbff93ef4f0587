import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '@/lib/i18n/i18n';

/** Counts and row numbers grouped the way the UI language writes them ("20 000", "20,000"). */
export function useNumberFormat(): Intl.NumberFormat {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return useMemo(() => new Intl.NumberFormat(locale), [locale]);
}
