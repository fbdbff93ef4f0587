import * as z from 'zod/mini';
import { endpoint } from './endpoint-def';
import { ProfileParams } from './common';
import { CancelRequest, ConfirmRequest, IdempotencyHeaders, OrderActionResult } from './order-actions';
import { OrderListTotals } from './order-totals';
import {
  Billnumber,
  OrderCounts,
  OrderDetail,
  OrderExportHeaders,
  OrderExportQuery,
  OrderFiltersQuery,
  OrderList,
  OrderListQuery,
} from './orders';
import { AuditList } from './audit';

const OrderParams = z.extend(ProfileParams, { billnumber: Billnumber });

/** A profile's orders: the list, its counts, totals and export, one order, and the money actions. */
export const orderEndpoints = {
  listOrders: endpoint({
    method: 'GET',
    path: '/profiles/{profileId}/orders',
    summary: 'Orders of a profile: filtered, sorted and paginated on the server',
    right: 'monitor',
    params: ProfileParams,
    query: OrderListQuery,
    response: OrderList,
    errors: [401, 403, 404, 422],
  }),
  // Fixed sub-paths of /orders come before /orders/{billnumber}, which would match them too.
  countOrders: endpoint({
    method: 'GET',
    path: '/profiles/{profileId}/orders/counts',
    summary: 'How many orders each quick view holds under the given filters (the state filter is ignored)',
    right: 'monitor',
    params: ProfileParams,
    query: OrderFiltersQuery,
    response: OrderCounts,
    errors: [401, 403, 404, 422],
  }),
  orderTotals: endpoint({
    method: 'GET',
    path: '/profiles/{profileId}/orders/totals',
    summary: 'What the orders the filters match add up to, per currency (the state filter applies)',
    right: 'monitor',
    params: ProfileParams,
    query: OrderFiltersQuery,
    response: OrderListTotals,
    errors: [401, 403, 404, 422],
  }),
  exportOrders: endpoint({
    method: 'GET',
    path: '/profiles/{profileId}/orders/export',
    summary: 'Every order the filters match, streamed as CSV (UTF-8 with BOM, ";" separated)',
    right: 'export',
    params: ProfileParams,
    query: OrderExportQuery,
    responseHeaders: OrderExportHeaders,
    produces: 'text/csv',
    errors: [401, 403, 404, 422],
  }),
  getOrder: endpoint({
    method: 'GET',
    path: '/profiles/{profileId}/orders/{billnumber}',
    summary: 'One order with its operations and their transactions',
    right: 'monitor',
    params: OrderParams,
    response: OrderDetail,
    errors: [401, 403, 404, 422],
  }),
  orderAudit: endpoint({
    method: 'GET',
    path: '/profiles/{profileId}/orders/{billnumber}/audit',
    summary: 'Who did what to this order: its entries of the audit log, oldest first',
    right: 'monitor',
    params: OrderParams,
    response: AuditList,
    errors: [401, 403, 404, 422],
  }),
  confirmOrder: endpoint({
    method: 'POST',
    path: '/profiles/{profileId}/orders/{billnumber}/confirm',
    summary: 'Confirm (charge) a two-stage payment, fully or partially; idempotent per Idempotency-Key',
    right: 'confirm',
    params: OrderParams,
    headers: IdempotencyHeaders,
    body: ConfirmRequest,
    response: OrderActionResult,
    errors: [401, 403, 404, 409, 422],
  }),
  cancelOrder: endpoint({
    method: 'POST',
    path: '/profiles/{profileId}/orders/{billnumber}/cancel',
    summary: 'Cancel or refund an order, fully or partially; the gateway picks reversal or refund',
    right: 'cancel',
    params: OrderParams,
    headers: IdempotencyHeaders,
    body: CancelRequest,
    response: OrderActionResult,
    errors: [401, 403, 404, 409, 422],
  }),
} as const;
