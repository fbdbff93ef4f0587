import * as z from 'zod/mini';
import { Amount, Currency } from './common';

/**
 * What the orders a filter finds add up to, per currency: the amount the list's «Сумма» shows
 * (the payment's amount, or the shop's original one before payment). Currencies are never
 * added together; they come in the order of `CURRENCIES`.
 */
export const CurrencyTotal = z
  .object({
    currency: Currency,
    /** Orders in this currency. */
    count: z.int().check(z.minimum(0)),
    amount: Amount,
  })
  .register(z.globalRegistry, { id: 'CurrencyTotal' });
export type CurrencyTotal = z.infer<typeof CurrencyTotal>;

export const OrderListTotals = z
  .object({
    /** Every order the filters match, whatever its currency. */
    count: z.int().check(z.minimum(0)),
    byCurrency: z.array(CurrencyTotal),
  })
  .register(z.globalRegistry, { id: 'OrderListTotals' });
export type OrderListTotals = z.infer<typeof OrderListTotals>;
