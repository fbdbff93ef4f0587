import { CURRENCIES, type Currency } from '@/api/common';
import type { OrderFilters } from '@/api/orders';
import type { OrderListTotals } from '@/api/order-totals';
import { matching } from './list';
import { fromMinor, type Minor } from './money';
import type { ProfileStore } from './order-store';

/**
 * Sums the orders the filters match per currency, in integer minor units: the payment's amount
 * once there is one, else the shop's original amount (what the list's amount column shows).
 */
export function totalOrders(store: ProfileStore, filters: OrderFilters): OrderListTotals {
  const sums = new Map<Currency, { count: number; amount: Minor }>();
  let count = 0;
  for (const order of matching(store, filters, 'orderdate').rows) {
    count += 1;
    const currency = order.currency ?? order.ordercurrency;
    const amount = order.amount ?? order.orderamount;
    const sum = sums.get(currency) ?? { count: 0, amount: 0 };
    sum.count += 1;
    sum.amount += amount;
    sums.set(currency, sum);
  }
  const byCurrency = CURRENCIES.flatMap((currency) => {
    const sum = sums.get(currency);
    return sum ? [{ currency, count: sum.count, amount: fromMinor(sum.amount) }] : [];
  });
  return { count, byCurrency };
}
