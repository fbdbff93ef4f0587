import { useTranslation } from 'react-i18next';
import type { Currency } from '@/api/common';
import { intlLocale } from '@/lib/i18n/i18n';
import { formatMoney } from '@/lib/money';

/** Formats minor units for the current UI language, for use inside translated sentences. */
export function useFormatMoney(): (minor: bigint, currency: Currency) => string {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return (minor, currency) => formatMoney(minor, currency, locale);
}
