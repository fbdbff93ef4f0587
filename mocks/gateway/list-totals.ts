import { CURRENCIES } from '@/api/common';
import type { OrderFilters } from '@/api/orders';
import type { OrderListTotals } from '@/api/order-totals';
import { fromMinor } from './money';
import { queryOrders } from './order-query';
import type { ProfileStore } from './order-store';

/**
 * Sums the orders the filters match per currency, in integer minor units: the payment's amount
 * once there is one, else the shop's original amount (what the list's amount column shows).
 * A state list matched whole is read from the index's running sums; only what other filters
 * narrow is summed order by order, and then only over the slice the period and states leave.
 */
export function totalOrders(store: ProfileStore, filters: OrderFilters): OrderListTotals {
  const sums = queryOrders(store, filters).sums();
  const count = [...sums.values()].reduce((all, sum) => all + sum.count, 0);
  const byCurrency = CURRENCIES.flatMap((currency) => {
    const sum = sums.get(currency);
    return sum ? [{ currency, count: sum.count, amount: fromMinor(sum.amount) }] : [];
  });
  return { count, byCurrency };
}
