/** Addresses of the orders pages, relative to the cabinet's root. */
export function ordersPath(profileId: string, search = ''): string {
  const query = search.startsWith('?') || search === '' ? search : `?${search}`;
  return `/p/${encodeURIComponent(profileId)}/orders${query}`;
}

export function orderPath(profileId: string, billnumber: string): string {
  return `/p/${encodeURIComponent(profileId)}/orders/${encodeURIComponent(billnumber)}`;
}

/** What the order page needs to lead back to the exact list (filters, sort, page) it came from. */
export interface OrderLinkState {
  listSearch: string;
}

export function isOrderLinkState(state: unknown): state is OrderLinkState {
  return (
    typeof state === 'object' && state !== null && typeof (state as Record<string, unknown>).listSearch === 'string'
  );
}
