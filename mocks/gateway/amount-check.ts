import type { Currency } from '@/api/common';
import { badAmount, badCurrency, FIRSTCODE, GatewayError, SECONDCODE } from './errors';
import { fromMinor, type Minor } from './money';

/** A partial amount of a confirm or cancel; both absent means "all that remains". */
export interface AmountRequest {
  amount?: Minor;
  currency?: Currency;
}

/**
 * Amount and currency go together, the currency is the payment's own, and the amount is
 * positive and within what remains (docs/domain.md §4). Returns the amount to act on.
 */
export function checkAmount(request: AmountRequest, remaining: Minor, paymentCurrency: Currency): Minor {
  const { amount, currency } = request;
  if (amount === undefined && currency === undefined) return remaining;
  if (amount === undefined || currency === undefined) {
    const field = amount === undefined ? 'amount' : 'currency';
    throw new GatewayError({
      code: 'amount-currency-together',
      status: 422,
      firstcode: FIRSTCODE.missingParameter,
      secondcode: field === 'amount' ? SECONDCODE.amount : SECONDCODE.currency,
      field,
      message: 'Сумма и валюта указываются вместе',
    });
  }
  if (currency !== paymentCurrency) {
    throw new GatewayError(badCurrency(`Валюта должна совпадать с валютой платежа (${paymentCurrency})`));
  }
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw new GatewayError(badAmount('amount-not-positive', 'Сумма должна быть больше нуля'));
  }
  if (amount > remaining) {
    throw new GatewayError(
      badAmount(
        'amount-exceeds-remaining',
        `Сумма больше доступной: не более ${fromMinor(remaining)} ${paymentCurrency}`,
      ),
    );
  }
  return amount;
}
