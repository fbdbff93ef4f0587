import { useTranslation } from 'react-i18next';
import type { Currency } from '@/api/common';
import { intlLocale } from '@/lib/i18n/i18n';
import { amountFilterText, amountFilterToWire, type AmountFilterResult } from '../model/amount-filter';
import { FilterTextField } from './filter-text-field';

const ERROR_KEYS = {
  empty: 'format',
  format: 'format',
  ambiguous: 'ambiguous',
  negative: 'negative',
  'too-many-decimals': 'tooManyDecimals',
  'currency-mismatch': 'currencyMismatch',
  'too-large': 'tooLarge',
} as const satisfies Record<Extract<AmountFilterResult, { ok: false }>['error'], string>;

/**
 * «Сумма от» / «Сумма до»: typed as people write money ("1 000,50"), sent as a wire decimal.
 * While the typed text cannot be used, the field says which value still filters the list, so
 * the field and the filter in force never disagree silently.
 */
export function AmountFilterField({
  label,
  value,
  currency,
  onCommit,
}: {
  label: string;
  value: string;
  currency: Currency | undefined;
  onCommit: (value: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const problem = (typed: string) => {
    const result = amountFilterToWire(typed, currency);
    return result.ok ? '' : t(`ux.amountFilter.${ERROR_KEYS[result.error]}`, { input: typed });
  };
  const inForce =
    value === ''
      ? t('ux.amountFilter.notApplied')
      : t('ux.amountFilter.inForce', { value: amountFilterText(value, locale) });
  return (
    <FilterTextField
      size="small"
      label={label}
      value={value}
      onCommit={onCommit}
      parse={(text) => {
        const parsed = amountFilterToWire(text, currency);
        return parsed.ok ? parsed.wire : null;
      }}
      toDraft={(wire) => amountFilterText(wire, locale)}
      invalidText={(typed) => `${problem(typed)} ${inForce}`}
      slotProps={{ htmlInput: { inputMode: 'decimal', maxLength: 32 } }}
    />
  );
}
