import { useTranslation } from 'react-i18next';
import type { Currency } from '@/api/common';
import { formatWireAmount } from '@/lib/money';
import { intlLocale } from '@/lib/i18n/i18n';
import styles from './money.module.css';

export interface MoneyProps {
  /** Wire decimal string, e.g. "1234.50". */
  amount: string;
  currency: Currency;
}

/** An amount with its currency, formatted for the UI language; digits line up in columns. */
export function Money({ amount, currency }: MoneyProps) {
  const { i18n } = useTranslation();
  return <span className={styles.money}>{formatWireAmount(amount, currency, intlLocale(i18n.language))}</span>;
}
