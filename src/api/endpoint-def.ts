import type { $ZodObject, $ZodType } from 'zod/v4/core';
import type { Right } from './rights';

/** Where the gateway's API lives, relative to its origin. */
export const API_BASE_PATH = '/api/v1';

/**
 * How one endpoint of the gateway API is described, and `endpoint()` that fills in the defaults:
 * kept apart from the table so that a feature's endpoints can live in a file of their own.
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
  /**
   * Whether a session with a pending step (a temporary password to change, a second factor to
   * enrol) may call it; every other endpoint refuses such a session until the step is done.
   */
  readonly openDuringSetup: boolean;
  readonly params: $ZodObject | undefined;
  readonly query: $ZodType | undefined;
  readonly body: $ZodType | undefined;
  /** Request headers the endpoint requires (names in lower case). */
  readonly headers: $ZodObject | undefined;
  /** undefined: 204 No Content (or a CSV stream when `produces` says so). */
  readonly response: $ZodType | undefined;
  /** Headers of a successful answer worth documenting (names in lower case). */
  readonly responseHeaders?: $ZodObject | undefined;
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
  openDuringSetup?: boolean;
  params?: $ZodObject;
  query?: $ZodType;
  body?: $ZodType;
  headers?: $ZodObject;
  response?: $ZodType;
  responseHeaders?: $ZodObject;
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

export function endpoint<const S extends EndpointSpec>(spec: S): Filled<S> {
  return {
    auth: true,
    right: undefined,
    openDuringSetup: false,
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
