import { useTranslation } from 'react-i18next';
import type { AmountError } from '../model/amount-rules';
import { MINOR_DIGITS } from '../model/currency-digits';
import type { ActionLimits } from '../model/eligibility';
import { AMOUNT_ERROR_KEYS } from './message-keys';
import { useFormatMoney } from './use-format-money';

/** The specific sentence for each way a typed amount can be wrong. */
export function useAmountError(): (error: AmountError, input: string, limits: ActionLimits) => string {
  const { t } = useTranslation();
  const format = useFormatMoney();
  return (error, input, limits) =>
    t(`actions.amountError.${AMOUNT_ERROR_KEYS[error]}`, {
      input: input.trim(),
      currency: limits.currency,
      digits: MINOR_DIGITS[limits.currency],
      max: format(limits.max, limits.currency),
    });
}
