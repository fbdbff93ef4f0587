import { CURRENCIES, type Currency } from '@/api/common';

/** Sums amounts per currency, in the contract's currency order (RUB first); never adds across them. */
export function totalsByCurrency(
  amounts: readonly { minor: bigint; currency: Currency }[],
): { currency: Currency; minor: bigint }[] {
  const totals = new Map<Currency, bigint>();
  for (const { minor, currency } of amounts) totals.set(currency, (totals.get(currency) ?? 0n) + minor);
  return CURRENCIES.flatMap((currency) => {
    const minor = totals.get(currency);
    return minor === undefined ? [] : [{ currency, minor }];
  });
}
