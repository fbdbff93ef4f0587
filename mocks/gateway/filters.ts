import type { OrderFilters, OrderState } from '@/api/orders';
import { toMinor } from './money';
import { compileMask } from './mask-match';
import type { OrderRecord } from './model';

type Predicate = (order: OrderRecord) => boolean;

/**
 * OrderFilters compiled once per request into a period (for binary search over the sorted
 * store) and a list of cheap predicates for the single pass over it.
 */
export interface CompiledFilters {
  /** A full order number: exact lookup that ignores every other filter (docs/domain.md §7). */
  exactOrdernumber: string | null;
  from: number;
  to: number;
  predicates: Predicate[];
}

export function compileFilters(filters: OrderFilters, options: { ignoreState?: boolean } = {}): CompiledFilters {
  const compiled: CompiledFilters = {
    exactOrdernumber: null,
    from: filters.from ? Date.parse(filters.from) : Number.NEGATIVE_INFINITY,
    to: filters.to ? Date.parse(filters.to) : Number.POSITIVE_INFINITY,
    predicates: [],
  };
  if (filters.ordernumber !== undefined && !filters.ordernumber.includes('%')) {
    compiled.exactOrdernumber = filters.ordernumber;
    return compiled;
  }
  const add = (predicate: Predicate) => compiled.predicates.push(predicate);

  if (filters.ordernumber !== undefined) {
    const mask = compileMask(filters.ordernumber);
    add((o) => mask(o.ordernumber));
  }
  if (!options.ignoreState && filters.state && filters.state.length > 0) {
    const states = new Set<OrderState>(filters.state);
    add((o) => states.has(o.state));
  }
  if (filters.ordertype !== undefined) {
    const delay = filters.ordertype === 'two-stage';
    add((o) => o.delay === delay);
  }
  if (filters.billnumber !== undefined) {
    const digits = filters.billnumber;
    add((o) => o.billnumber.includes(digits));
  }
  if (filters.amountFrom !== undefined) {
    const min = toMinor(filters.amountFrom);
    add((o) => o.orderamount >= min);
  }
  if (filters.amountTo !== undefined) {
    const max = toMinor(filters.amountTo);
    add((o) => o.orderamount <= max);
  }
  if (filters.currency !== undefined) {
    const currency = filters.currency;
    add((o) => o.ordercurrency === currency);
  }
  if (filters.means !== undefined) {
    const means = filters.means;
    add((o) => o.means?.type === means);
  }
  if (filters.brand !== undefined) {
    const brand = filters.brand;
    add((o) => o.means?.brand === brand);
  }
  if (filters.cardFirst6 !== undefined) {
    const first6 = filters.cardFirst6;
    add((o) => o.means?.cardnumber?.startsWith(first6) === true);
  }
  if (filters.cardLast4 !== undefined) {
    const last4 = filters.cardLast4;
    add((o) => o.means?.cardnumber?.endsWith(last4) === true);
  }
  if (filters.customer !== undefined) {
    // Every word must occur in one of the names, so "Иванова Анна" finds Анна Иванова.
    const words = filters.customer
      .toLowerCase()
      .split(/\s+/)
      .filter((word) => word !== '');
    add((o) => words.every((word) => o.namesKey.includes(word)));
  }
  if (filters.email !== undefined) {
    const email = filters.email.toLowerCase();
    add((o) => o.emailKey.includes(email));
  }
  return compiled;
}

export function matches(compiled: CompiledFilters, order: OrderRecord): boolean {
  for (const predicate of compiled.predicates) if (!predicate(order)) return false;
  return true;
}
