import { z } from 'zod';
import { ProfileId } from './common';
import { Billnumber, OrderDetail, OrderList, OrderListQuery } from './orders';
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
  /** undefined: 204 No Content. */
  readonly response: z.ZodType | undefined;
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
  response?: z.ZodType;
  errors?: readonly number[];
}

type Filled<S extends EndpointSpec> = {
  readonly [K in keyof EndpointDef]: K extends keyof S ? S[K] : K extends 'auth' ? true : EndpointDef[K] extends infer V ? Extract<V, undefined> extends never ? EndpointDef[K] : undefined : never;
};

function endpoint<const S extends EndpointSpec>(spec: S): Filled<S> {
  return {
    auth: true,
    right: undefined,
    params: undefined,
    query: undefined,
    body: undefined,
    response: undefined,
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
  getOrder: endpoint({
    method: 'GET',
    path: '/profiles/{profileId}/orders/{billnumber}',
    summary: 'One order with its operations and their transactions',
    right: 'monitor',
    params: OrderParams,
    response: OrderDetail,
    errors: [401, 403, 404, 422],
  }),
} as const;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
