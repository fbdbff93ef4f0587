import { z } from 'zod';
import { ProfileId } from './common';
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
import { LoginRequest, LoginResponse, Meta, type Right, SessionInfo } from './session';

/**
 * Every endpoint of the gateway API, described once. The client calls them, the mock gateway
 * serves them, and the OpenAPI document is generated from them.
 */
export interface EndpointDef {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to the base path, with {placeholders}. */
  readonly path: string;
  readonly summary: string;
  /** Whether a signed-in session is required. */
  readonly auth: boolean;
  /** The right the session's user must hold, checked after authentication. */
  readonly right: Right | undefined;
  readonly params: z.ZodObject | undefined;
  readonly query: z.ZodType | undefined;
  readonly body: z.ZodType | undefined;
  /** Request headers the endpoint requires (names in lower case). */
  readonly headers: z.ZodObject | undefined;
  /** undefined: 204 No Content (or a CSV stream when `produces` says so). */
  readonly response: z.ZodType | undefined;
  /** Headers of a successful answer worth documenting (names in lower case). */
  readonly responseHeaders?: z.ZodObject | undefined;
  readonly produces: 'application/json' | 'text/csv';
  /** Status codes this endpoint may answer with a Problem. */
  readonly errors: readonly number[];
}

interface EndpointSpec {
  method: EndpointDef['method'];
  path: string;
  summary: string;
  auth?: boolean;
  right?: Right;
  params?: z.ZodObject;
  query?: z.ZodType;
  body?: z.ZodType;
  headers?: z.ZodObject;
  response?: z.ZodType;
  responseHeaders?: z.ZodObject;
  produces?: EndpointDef['produces'];
  errors?: readonly number[];
}

type Filled<S extends EndpointSpec> = {
  readonly [K in keyof EndpointDef]: K extends keyof S
    ? S[K]
    : K extends 'auth'
      ? true
      : EndpointDef[K] extends infer V
        ? Extract<V, undefined> extends never
          ? EndpointDef[K]
          : undefined
        : never;
};

function endpoint<const S extends EndpointSpec>(spec: S): Filled<S> {
  return {
    auth: true,
    right: undefined,
    params: undefined,
    query: undefined,
    body: undefined,
    headers: undefined,
    response: undefined,
    responseHeaders: undefined,
    produces: 'application/json',
    errors: [],
    ...spec,
  } as unknown as Filled<S>;
}

export const API_BASE_PATH = '/api/v1';

const ProfileParams = z.object({ profileId: ProfileId });
const OrderParams = ProfileParams.extend({ billnumber: Billnumber });

export const endpoints = {
  getMeta: endpoint({
    method: 'GET',
    path: '/meta',
    summary: 'Public facts about the API (demo mode, demo accounts)',
    auth: false,
    response: Meta,
  }),
  login: endpoint({
    method: 'POST',
    path: '/session',
    summary: 'Sign in; returns the session and its bearer token',
    auth: false,
    body: LoginRequest,
    response: LoginResponse,
    errors: [401, 422],
  }),
  getSession: endpoint({
    method: 'GET',
    path: '/session',
    summary: 'The signed-in user, their rights and profiles',
    response: SessionInfo,
    errors: [401],
  }),
  logout: endpoint({
    method: 'DELETE',
    path: '/session',
    summary: 'Sign out',
    errors: [401],
  }),
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

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
