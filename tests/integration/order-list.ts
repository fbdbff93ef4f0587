import type { OrderListQuery } from '@/api/orders';
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
