import type { Endpoints } from '@/api/endpoints';
import type { Resolver } from './resolver';

export const listOrders: Resolver<Endpoints['listOrders']> = ({ gateway, params, query }) =>
  gateway.listOrders(params.profileId, query);

export const getOrder: Resolver<Endpoints['getOrder']> = ({ gateway, params }) =>
  gateway.getOrder(params.profileId, params.billnumber);
