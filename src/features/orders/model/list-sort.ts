import { ORDER_SORTS, type OrderSort } from '@/api/orders';

/** The direction a grid header shows. */
export type SortDirection = 'asc' | 'desc';

export interface SortItem {
  field: string;
  sort: SortDirection | null | undefined;
}

export function sortToItems(sort: OrderSort): SortItem[] {
  return sort.startsWith('-') ? [{ field: sort.slice(1), sort: 'desc' }] : [{ field: sort, sort: 'asc' }];
}

/** A header's sort back to the wire value; an unsorted grid means the default, newest first. */
export function itemsToSort(items: readonly SortItem[], fallback: OrderSort): OrderSort {
  const [first] = items;
  if (!first?.sort) return fallback;
  const candidate = `${first.sort === 'desc' ? '-' : ''}${first.field}`;
  return ORDER_SORTS.find((sort) => sort === candidate) ?? fallback;
}
