import type { Endpoints } from '@/api/endpoints';
import type { Resolver } from './resolver';
import { pullStream } from './csv-stream';

export const listOrders: Resolver<Endpoints['listOrders']> = ({ gateway, params, query }) =>
  gateway.listOrders(params.profileId, query);

export const countOrders: Resolver<Endpoints['countOrders']> = ({ gateway, params, query }) =>
  gateway.countOrders(params.profileId, query);

export const orderTotals: Resolver<Endpoints['orderTotals']> = ({ gateway, params, query }) =>
  gateway.totalOrders(params.profileId, query);

export const getOrder: Resolver<Endpoints['getOrder']> = ({ gateway, params }) =>
  gateway.getOrder(params.profileId, params.billnumber);

/** X-Total-Count is known before the first row, so the cabinet can show progress while reading. */
export const exportOrders: Resolver<Endpoints['exportOrders']> = ({ gateway, params, query }) => {
  const file = gateway.exportOrders(params.profileId, query);
  return new Response(pullStream(file.chunks), {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'X-Total-Count': String(file.total),
      'Cache-Control': 'no-store',
    },
  });
};
