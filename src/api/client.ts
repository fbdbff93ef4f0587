import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import { API_BASE_PATH, type EndpointDef } from './endpoint-def';
import { ApiError, Problem } from './problem';
import { readCsrfToken } from './csrf-token';
import { takeEarlyResponse } from './early-responses';
import { learnServerTime } from './server-clock';

type Input<T> = T extends core.$ZodType ? core.input<T> : never;

export type CallArgs<E extends EndpointDef> = (E['params'] extends core.$ZodType
  ? { params: Input<E['params']> }
  : { params?: never }) &
  (E['query'] extends core.$ZodType ? { query?: Input<E['query']> } : { query?: never }) &
  (E['body'] extends core.$ZodType ? { body: Input<E['body']> } : { body?: never }) &
  (E['headers'] extends core.$ZodType ? { headers: Input<E['headers']> } : { headers?: never }) & {
    signal?: AbortSignal;
  };

export type CallResult<E extends EndpointDef> = E['response'] extends core.$ZodType ? core.output<E['response']> : void;

/** The API's origin and base path; VITE_API_BASE_URL points the cabinet at a real gateway. */
export function apiBaseUrl(): string {
  const configured = import.meta.env.VITE_API_BASE_URL as string | undefined;
  return configured && configured !== '' ? configured.replace(/\/$/, '') : API_BASE_PATH;
}

export function fillPath(template: string, params: Record<string, unknown> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params?.[name] ?? '')));
}

/** Query values: arrays are comma-joined, empty values left out, so URLs stay short and stable. */
export function toSearchParams(query: Record<string, unknown> | undefined): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    if (text !== '') search.set(key, text);
  }
  return search;
}

function absolute(url: string): string {
  return new URL(url, globalThis.location?.origin ?? 'http://localhost').toString();
}

async function problemFrom(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  };
  try {
    const parsed = Problem.safeParse(await response.json());
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

/** Sends one request; every non-2xx answer becomes an ApiError carrying problem details. */
async function send<E extends EndpointDef>(endpoint: E, args: CallArgs<E>): Promise<Response> {
  const search = toSearchParams(args.query as Record<string, unknown> | undefined).toString();
  const url = absolute(`${apiBaseUrl()}${fillPath(endpoint.path, args.params)}${search ? `?${search}` : ''}`);
  const headers: Record<string, string> = {
    Accept: endpoint.produces === 'text/csv' ? 'text/csv, application/problem+json' : 'application/json',
    ...(args.headers as Record<string, string> | undefined),
  };
  const csrf = readCsrfToken();
  if (csrf && endpoint.method !== 'GET') headers['X-CSRF-Token'] = csrf;
  if (args.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    const early = endpoint.method === 'GET' && args.headers === undefined ? takeEarlyResponse(url) : undefined;
    response =
      (await early) ??
      (await fetch(url, {
        method: endpoint.method,
        headers,
        // The session is an HttpOnly cookie; it must travel to a gateway on another origin too.
        credentials: 'include',
        body: args.body === undefined ? undefined : JSON.stringify(args.body),
        signal: args.signal,
      }));
  } catch (error) {
    if (args.signal?.aborted) throw error;
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0, code: 'network' });
  }
  learnServerTime(response.headers.get('Date'));
  if (!response.ok) throw new ApiError(await problemFrom(response));
  return response;
}

/**
 * Calls one JSON endpoint. Every success is parsed with the contract's schema, so a drifted
 * backend fails here, loudly. No UI side effects.
 */
export async function callEndpoint<E extends EndpointDef>(endpoint: E, args: CallArgs<E>): Promise<CallResult<E>> {
  const response = await send(endpoint, args);
  if (endpoint.response === undefined || response.status === 204) return undefined as CallResult<E>;

  const parsed = z.safeParse(endpoint.response, await response.json().catch(() => undefined));
  if (!parsed.success) {
    throw new ApiError({
      type: 'about:blank',
      title: 'Unexpected response',
      status: 502,
      code: 'contract-violation',
      detail: parsed.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; '),
    });
  }
  return parsed.data as CallResult<E>;
}

/** Opens a streamed (CSV) endpoint; the caller reads `response.body` at its own pace. */
export function openStream<E extends EndpointDef>(endpoint: E, args: CallArgs<E>): Promise<Response> {
  return send(endpoint, args);
}
