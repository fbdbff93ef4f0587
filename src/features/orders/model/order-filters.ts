import { OrderFilters, type OrderState } from '@/api/orders';
import type { ListQuery } from './list-query';

/** The filter fields of a list query, in the order the summary lists them. */
export const FILTER_FIELDS = [
  'ordernumber',
  'from',
  'to',
  'state',
  'ordertype',
  'billnumber',
  'amountFrom',
  'amountTo',
  'currency',
  'means',
  'brand',
  'cardFirst6',
  'cardLast4',
  'customer',
  'email',
] as const satisfies readonly (keyof OrderFilters)[];
export type FilterField = (typeof FILTER_FIELDS)[number];

/** Filters typed as text: they wait for a pause in typing before they reach the URL. */
export const TEXT_FILTER_FIELDS = [
  'ordernumber',
  'billnumber',
  'amountFrom',
  'amountTo',
  'cardFirst6',
  'cardLast4',
  'customer',
  'email',
] as const satisfies readonly FilterField[];
export type TextFilterField = (typeof TEXT_FILTER_FIELDS)[number];

/** The filters of a list query (no paging or sort): what counts and export take. */
export function filtersOf(query: ListQuery): OrderFilters {
  const filters: OrderFilters = {};
  for (const field of FILTER_FIELDS) {
    const value = query[field];
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) {
      Object.assign(filters, { [field]: value });
    }
  }
  return filters;
}

/** The filters the counts depend on: the state filter is left out, since every view sets its own. */
export function countFiltersOf(query: ListQuery): OrderFilters {
  const { state: _ignored, ...rest } = filtersOf(query);
  return rest;
}

/** A full order number (no "%") finds by exact match and makes the server ignore every other filter. */
export function isExactOrdernumber(query: Pick<ListQuery, 'ordernumber'>): boolean {
  return query.ordernumber !== undefined && !query.ordernumber.includes('%');
}

export function activeFilterFields(query: ListQuery): FilterField[] {
  const filters = filtersOf(query);
  return FILTER_FIELDS.filter((field) => filters[field] !== undefined);
}

/** A changed filter shows a new result from its first page. */
export function withFilter<F extends FilterField>(
  query: ListQuery,
  field: F,
  value: ListQuery[F] | undefined,
): ListQuery {
  const next: ListQuery = { ...query, page: 1 };
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[field];
  else next[field] = value;
  return next;
}

export function withoutFilters(query: ListQuery): ListQuery {
  const next: ListQuery = { ...query, page: 1 };
  for (const field of FILTER_FIELDS) delete next[field];
  return next;
}

/**
 * Whether a typed value may go to the server: the contract's own schema decides, so the form
 * never sends what the API would reject with a 422.
 */
export function isValidTextFilter(field: TextFilterField, value: string): boolean {
  if (value === '') return true;
  return OrderFilters.shape[field].safeParse(value).success;
}

export function sameStates(a: readonly OrderState[] | undefined, b: readonly OrderState[]): boolean {
  const left = new Set(a ?? []);
  return left.size === b.length && b.every((state) => left.has(state));
}
