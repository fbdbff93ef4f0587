import { http, HttpResponse, type HttpHandler } from 'msw';
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import { API_BASE_PATH, type EndpointDef } from '@/api/endpoints';
import type { Authenticated } from '../gateway/access/access';
import type { UserRecord } from '../gateway/access/users';
import type { Gateway } from '../gateway/gateway';
import { isAccessError } from '../gateway/access/access-error';
import { isGatewayError, notFound } from '../gateway/errors';
import { getGateway } from '../runtime';
import { checkAccess } from './access-check';
import { sessionIdsOf } from './session-cookie';
import { clientIp } from './client-ip';
import { mockConfig } from './config';
import { withGatewayDate } from './gateway-date';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth';
import {
  accessProblem,
  fieldErrors,
  gatewayProblem,
  problemResponse,
  validationProblem,
  type InputScope,
} from './problems';

type Parsed<T> = T extends core.$ZodType ? core.output<T> : undefined;
/** JSON endpoints return the body; streamed ones (`produces: 'text/csv'`) a ready Response. */
type Answer<E extends EndpointDef> = E['produces'] extends 'text/csv'
  ? Response
  : E['response'] extends core.$ZodType
    ? core.input<E['response']>
    : void;

export interface ResolverContext<E extends EndpointDef> {
  request: Request;
  params: Parsed<E['params']>;
  query: Parsed<E['query']>;
  body: Parsed<E['body']>;
  /** The headers the endpoint declares, parsed; names in lower case. */
  headers: Parsed<E['headers']>;
  /** The signed-in session and its user; always present on endpoints that require a session. */
  auth: E['auth'] extends true ? Authenticated : Authenticated | null;
  user: E['auth'] extends true ? UserRecord : UserRecord | null;
  /** Headers added to the answer (Set-Cookie). */
  responseHeaders: Headers;
  /** Session ids the request carries (cookie header or, in the page, msw's cookie jar). */
  sessionIds: readonly string[];
  gateway: Gateway;
}

/** A handler's own job: call the domain and return the body; everything else is done here. */
export type Resolver<E extends EndpointDef> = (context: ResolverContext<E>) => Answer<E> | Promise<Answer<E>>;

/** "/profiles/{profileId}/orders" → "*\/api/v1/profiles/:profileId/orders", any origin. */
export function mswPath(def: EndpointDef): string {
  return `*${API_BASE_PATH}${def.path.replace(/\{(\w+)\}/g, ':$1')}`;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Writes of the business API: the money actions that lost-response and conflict aim at. */
function isWrite(def: EndpointDef): boolean {
  return def.right !== undefined && def.method !== 'GET';
}

/** Injected faults that answer instead of the endpoint (nothing is applied); see config.ts. */
function injectedFault(def: EndpointDef): Response | null {
  if (def.right === undefined) return null;
  switch (mockConfig().fault) {
    case 'network':
      return HttpResponse.error();
    case 'error500':
      return problemResponse(500, { detail: 'Injected fault: error500' });
    case 'conflict':
      return isWrite(def) ? problemResponse(409, { detail: 'Injected fault: conflict' }) : null;
    default:
      return null;
  }
}

function audit(
  gateway: Gateway,
  def: EndpointDef,
  request: Request,
  auth: Authenticated,
  entry: { outcome: 'applied' | 'refused'; code?: string; profileId?: string; detail?: string },
): void {
  gateway.trail.emit({
    action: def.produces === 'text/csv' ? 'export' : 'request',
    login: auth.user.login,
    ip: clientIp(request),
    target: `${def.method} ${def.path}`,
    ...entry,
  });
}

async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  try {
    const text = await request.text();
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
      return { ok: false, message: `Nested deeper than ${MAX_JSON_DEPTH} levels` };
    }
    return { ok: true, value: text === '' ? undefined : JSON.parse(text) };
  } catch {
    return { ok: false, message: 'Malformed JSON' };
  }
}

type Step = { ok: true; value: unknown } | { ok: false; response: Response };

function parseWith(schema: core.$ZodType | undefined, input: unknown, scope: InputScope): Step {
  if (schema === undefined) return { ok: true, value: undefined };
  const parsed = z.safeParse(schema, input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, response: validationProblem(fieldErrors(parsed.error, scope)) };
}

/** Fetch already lower-cases header names, which is how EndpointDef.headers names them. */
function headerRecord(request: Request): Record<string, string> {
  const record: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

/** The resolver's answer as a Response: streams pass through, JSON is checked against the contract. */
function respond(def: EndpointDef, result: unknown, headers: Headers): Response {
  if (def.produces === 'text/csv') {
    if (result instanceof Response) return result;
    throw new TypeError(`${def.method} ${def.path} produces text/csv but its resolver returned no Response`);
  }
  if (def.response === undefined) return new HttpResponse(null, { status: 204, headers });
  if (!mockConfig().validateResponses) return HttpResponse.json(result as Record<string, unknown>, { headers });
  const checked = z.safeParse(def.response, result);
  if (!checked.success) {
    const detail = checked.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    console.error(`[mocks] ${def.method} ${def.path} broke its response schema: ${detail}`);
    return problemResponse(500, { detail: `Response breaks the contract: ${detail}` });
  }
  return HttpResponse.json(checked.data as Record<string, unknown>, { headers });
}

async function handle<E extends EndpointDef>(
  def: E,
  resolve: Resolver<E>,
  request: Request,
  rawParams: Record<string, string | readonly string[] | undefined>,
  cookies: Record<string, string>,
): Promise<Response> {
  const config = mockConfig();
  const wait = config.latencyMs + (config.fault === 'slow' && def.right !== undefined ? config.slowMs : 0);
  if (wait > 0) await sleep(wait);
  const fault = injectedFault(def);
  if (fault) return fault;

  const gateway = getGateway();
  const sessionIds = sessionIdsOf(request, cookies);
  const access = checkAccess(def, request, sessionIds, gateway);
  if (!access.ok) return access.response;
  const { auth } = access;

  const params = parseWith(def.params, rawParams, 'params');
  if (!params.ok) return params.response;
  const profileId = (params.value as { profileId?: unknown } | undefined)?.profileId;
  // Before the headers and the body: an unknown profile, or one the user is not bound to, is
  // 404 whatever else is wrong; the two answers are the same, so neither reveals the other.
  if (
    typeof profileId === 'string' &&
    (!gateway.hasProfile(profileId) || (auth !== null && !auth.user.profileIds.includes(profileId)))
  ) {
    if (auth) audit(gateway, def, request, auth, { outcome: 'refused', code: 'not-found', profileId });
    return gatewayProblem(notFound(`Профиль ${profileId} не найден`));
  }
  const headers = parseWith(def.headers, headerRecord(request), 'headers');
  if (!headers.ok) return headers.response;
  const query = parseWith(def.query, Object.fromEntries(new URL(request.url).searchParams), 'query');
  if (!query.ok) return query.response;
  let body: Step = { ok: true, value: undefined };
  if (def.body !== undefined) {
    const json = await readJson(request);
    if (!json.ok) return validationProblem([{ field: 'body', message: json.message }]);
    body = parseWith(def.body, json.value, 'body');
    if (!body.ok) return body.response;
  }

  // The schemas above have checked every value; the casts only restate what they proved.
  const context = {
    request,
    params: params.value,
    query: query.value,
    body: body.value,
    headers: headers.value,
    auth,
    user: auth?.user ?? null,
    responseHeaders: new Headers(),
    sessionIds,
    gateway,
  } as ResolverContext<E>;
  const response = respond(def, await resolve(context), context.responseHeaders);
  // Every file that leaves the gateway is in the audit log: who exported what, under which filters.
  if (def.produces === 'text/csv' && auth && response.ok) {
    audit(gateway, def, request, auth, {
      outcome: 'applied',
      profileId: typeof profileId === 'string' ? profileId : undefined,
      detail: new URL(request.url).search.slice(1) || undefined,
    });
  }
  return response;
}

async function answer<E extends EndpointDef>(
  def: E,
  resolve: Resolver<E>,
  request: Request,
  params: Record<string, string | readonly string[] | undefined>,
  cookies: Record<string, string>,
): Promise<Response> {
  try {
    return await handle(def, resolve, request, params, cookies);
  } catch (error) {
    if (isGatewayError(error)) return gatewayProblem(error);
    if (isAccessError(error)) return accessProblem(error);
    console.error(`[mocks] ${def.method} ${def.path} failed`, error);
    return problemResponse(500, { detail: error instanceof Error ? error.message : 'Unexpected error' });
  }
}

/**
 * The one wrapper around every resolver: latency, faults, session (401), CSRF token, pending
 * step and right (403, access-check.ts), profile and its binding (404), parameter, header, query
 * and body validation (422), domain errors (their status, stable code and gateway codes),
 * response validation or a CSV stream, the gateway's Date, and 500 for anything unexpected — a
 * handler never crashes the worker.
 */
export function defineHandler<E extends EndpointDef>(def: E, resolve: Resolver<E>): HttpHandler {
  const method = def.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  return http[method](mswPath(def), async ({ request, params, cookies }) => {
    const response = withGatewayDate(await answer(def, resolve, request, params, cookies), getGateway().clock.now());
    // The write has been handled (applied, if it was valid); only its answer never arrives, so a
    // retry with the same Idempotency-Key must not apply it again.
    return mockConfig().fault === 'lost-response' && isWrite(def) ? HttpResponse.error() : response;
  });
}
