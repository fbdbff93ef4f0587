import { http, HttpResponse, type HttpHandler } from 'msw';
import type { z } from 'zod';
import { API_BASE_PATH, type EndpointDef } from '@/api/endpoints';
import type { DemoUser } from '../gateway/enterprise';
import type { Gateway } from '../gateway/gateway';
import { isGatewayError } from '../gateway/errors';
import { getGateway } from '../runtime';
import { mockConfig } from './config';
import { fieldErrors, gatewayProblem, problemResponse, validationProblem } from './problems';

type Parsed<T> = T extends z.ZodType ? z.output<T> : undefined;
type Answer<T> = T extends z.ZodType ? z.input<T> : void;

export interface ResolverContext<E extends EndpointDef> {
  request: Request;
  params: Parsed<E['params']>;
  query: Parsed<E['query']>;
  body: Parsed<E['body']>;
  /** The signed-in user and their token; always present on endpoints that require a session. */
  user: E['auth'] extends true ? DemoUser : DemoUser | null;
  token: E['auth'] extends true ? string : string | null;
  gateway: Gateway;
}

/** A handler's own job: call the domain and return the body; everything else is done here. */
export type Resolver<E extends EndpointDef> = (
  context: ResolverContext<E>,
) => Answer<E['response']> | Promise<Answer<E['response']>>;

/** "/profiles/{profileId}/orders" → "*\/api/v1/profiles/:profileId/orders", any origin. */
export function mswPath(def: EndpointDef): string {
  return `*${API_BASE_PATH}${def.path.replace(/\{(\w+)\}/g, ':$1')}`;
}

function bearer(request: Request): string | null {
  const header = request.headers.get('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1]! : null;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Injected faults apply to the business endpoints only (see config.ts). */
function injectedFault(def: EndpointDef): Response | null {
  if (def.right === undefined) return null;
  switch (mockConfig().fault) {
    case 'network':
      return HttpResponse.error();
    case 'error500':
      return problemResponse(500, { detail: 'Injected fault: error500' });
    case 'conflict':
      return def.method === 'GET' ? null : problemResponse(409, { detail: 'Injected fault: conflict' });
    default:
      return null;
  }
}

async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    const text = await request.text();
    return { ok: true, value: text === '' ? undefined : JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

type Step = { ok: true; value: unknown } | { ok: false; response: Response };

function parseWith(schema: z.ZodType | undefined, input: unknown, scope: 'query' | 'params' | 'body'): Step {
  if (schema === undefined) return { ok: true, value: undefined };
  const parsed = schema.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, response: validationProblem(fieldErrors(parsed.error, scope)) };
}

async function handle<E extends EndpointDef>(
  def: E,
  resolve: Resolver<E>,
  request: Request,
  rawParams: Record<string, string | readonly string[] | undefined>,
): Promise<Response> {
  const config = mockConfig();
  const wait = config.latencyMs + (config.fault === 'slow' && def.right !== undefined ? config.slowMs : 0);
  if (wait > 0) await sleep(wait);
  const fault = injectedFault(def);
  if (fault) return fault;

  const gateway = getGateway();
  const token = bearer(request);
  const user = token === null ? null : gateway.userOf(token);
  if (def.auth && !user)
    return problemResponse(401, { detail: 'Войдите заново: сессия отсутствует или истекла', firstcode: 7 });
  if (def.right !== undefined && !user?.rights.includes(def.right)) {
    return problemResponse(403, { detail: `Нужно право «${def.right}»`, firstcode: 19 });
  }

  const params = parseWith(def.params, rawParams, 'params');
  if (!params.ok) return params.response;
  const profileId = (params.value as { profileId?: unknown } | undefined)?.profileId;
  if (typeof profileId === 'string' && !gateway.hasProfile(profileId)) {
    return problemResponse(404, { detail: `Профиль ${profileId} не найден`, firstcode: 10 });
  }
  const query = parseWith(def.query, Object.fromEntries(new URL(request.url).searchParams), 'query');
  if (!query.ok) return query.response;
  let body: Step = { ok: true, value: undefined };
  if (def.body !== undefined) {
    const json = await readJson(request);
    if (!json.ok) return validationProblem([{ field: 'body', message: 'Malformed JSON' }]);
    body = parseWith(def.body, json.value, 'body');
    if (!body.ok) return body.response;
  }

  // The schemas above have checked every value; the casts only restate what they proved.
  const context = {
    request,
    params: params.value,
    query: query.value,
    body: body.value,
    user,
    token,
    gateway,
  } as ResolverContext<E>;
  const result: unknown = await resolve(context);
  if (def.response === undefined) return new HttpResponse(null, { status: 204 });
  if (!config.validateResponses) return HttpResponse.json(result as Record<string, unknown>);
  const checked = def.response.safeParse(result);
  if (!checked.success) {
    const detail = checked.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    console.error(`[mocks] ${def.method} ${def.path} broke its response schema: ${detail}`);
    return problemResponse(500, { detail: `Response breaks the contract: ${detail}` });
  }
  return HttpResponse.json(checked.data as Record<string, unknown>);
}

/**
 * The one wrapper around every resolver: latency, faults, session (401), right (403), profile
 * (404), parameter/query/body validation (422), domain errors (their status and gateway codes),
 * response validation, and 500 for anything unexpected — a handler never crashes the worker.
 */
export function defineHandler<E extends EndpointDef>(def: E, resolve: Resolver<E>): HttpHandler {
  const method = def.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  return http[method](mswPath(def), async ({ request, params }) => {
    try {
      return await handle(def, resolve, request, params);
    } catch (error) {
      if (isGatewayError(error)) return gatewayProblem(error);
      console.error(`[mocks] ${def.method} ${def.path} failed`, error);
      return problemResponse(500, { detail: error instanceof Error ? error.message : 'Unexpected error' });
    }
  });
}
