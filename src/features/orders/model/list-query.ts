import { OrderListQuery, type OrderListQueryInput } from '@/api/orders';
import { toSearchParams } from '@/api/client';

/** The list state a URL stands for; the URL owns it (shareable, reload-safe, back button). */
export type ListQuery = OrderListQuery;

const QUERY_FIELDS = Object.keys(OrderListQuery.shape) as (keyof OrderListQueryInput)[];

export const DEFAULT_LIST_QUERY: ListQuery = OrderListQuery.parse({});

/** Page sizes the list offers; a URL asking for another size gets the default one. */
export const PAGE_SIZE_OPTIONS = [25, 50, 100] as const;

function withOfferedPageSize(query: ListQuery): ListQuery {
  return (PAGE_SIZE_OPTIONS as readonly number[]).includes(query.pageSize)
    ? query
    : { ...query, pageSize: DEFAULT_LIST_QUERY.pageSize };
}

/**
 * The one parser of list URLs, shared by the route loader and the page. It reads the contract's
 * own schema (with coercion for numbers) and is forgiving: a value that does not parse is dropped
 * and its default used, so a mangled link still opens a list instead of an error.
 */
export function parseListQuery(search: URLSearchParams): ListQuery {
  const raw: Partial<Record<keyof OrderListQueryInput, string>> = {};
  for (const field of QUERY_FIELDS) {
    const value = search.get(field);
    if (value !== null && value.trim() !== '') raw[field] = value;
  }
  for (let attempt = 0; attempt <= QUERY_FIELDS.length; attempt += 1) {
    const result = OrderListQuery.safeParse(raw);
    if (result.success) return withOfferedPageSize(result.data);
    const rejected = new Set(result.error.issues.map((issue) => issue.path[0]));
    const dropped = QUERY_FIELDS.filter((field) => rejected.has(field) && field in raw);
    if (dropped.length === 0) break;
    for (const field of dropped) delete raw[field];
  }
  return DEFAULT_LIST_QUERY;
}

/** The wire form of a list query (the state list comma-joined), as the API and the URL take it. */
export function toListQueryInput(query: ListQuery): OrderListQueryInput {
  return { ...query, state: query.state?.join(',') };
}

/**
 * A list query as the address and the API both carry it: defaults are left out, so the plain
 * list has a plain URL, and the request for a page is its address's search, word for word (the
 * page's preload script asks for it so before the app has run; see `early-responses.ts`).
 */
export function toListWireQuery(query: ListQuery): Partial<OrderListQueryInput> {
  const input: Partial<OrderListQueryInput> = toListQueryInput(query);
  for (const field of ['page', 'pageSize', 'sort'] as const) {
    if (query[field] === DEFAULT_LIST_QUERY[field]) delete input[field];
  }
  if (query.state?.length === 0) delete input.state;
  return input;
}

/** Search params for a list query (see `toListWireQuery`). */
export function toListSearchParams(query: ListQuery): URLSearchParams {
  return toSearchParams(toListWireQuery(query));
}
