import { delay, http } from 'msw';
import type { OrderListQuery } from '@/api/orders';
import { server } from '../../mocks/node';
import { getGateway } from '../../mocks/runtime';
import { LIVE_PROFILE, dataRows } from './render-app';

/** The live profile's order monitor. */
export const ORDERS = `/p/${LIVE_PROFILE}/orders`;

/** The monitor's list query when the URL says nothing: first page, 25 rows, newest first. */
export const LIST_DEFAULTS = { page: 1, pageSize: 25, sort: '-orderdate' } as const;

/** Billnumbers of the rows the grid shows, in order. */
export const idsOf = (grid: HTMLElement) => dataRows(grid).map((row) => row.getAttribute('data-id'));

/** Billnumbers the gateway itself lists for the query: what the grid must show. */
export const expectedIds = (query: Partial<OrderListQuery>) =>
  getGateway()
    .listOrders(LIVE_PROFILE, { ...LIST_DEFAULTS, ...query })
    .items.map((order) => order.billnumber);

/** Holds the gateway's answer for the second page of the list until the returned release is called. */
export function holdSecondPage(): () => void {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.get(`*/api/v1/profiles/${LIVE_PROFILE}/orders`, async ({ request }) => {
      if (new URL(request.url).searchParams.get('page') === '2') await gate;
      return undefined;
    }),
  );
  return release;
}

/** Makes the gateway's answer for the Delayed orders' list arrive `ms` later than the others. */
export function slowDelayedList(ms: number): void {
  server.use(
    http.get(`*/api/v1/profiles/${LIVE_PROFILE}/orders`, async ({ request }) => {
      if (new URL(request.url).searchParams.get('state') === 'Delayed') await delay(ms);
      return undefined;
    }),
  );
}
