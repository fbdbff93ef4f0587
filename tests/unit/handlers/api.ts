import { getResponse } from 'msw';
import { handlers } from '../../../mocks/handlers/handlers';

export const NOW = '2026-11-28T09:00:00Z';

export interface Answer {
  status: number;
  contentType: string | null;
  body: unknown;
  response: Response;
}

/** What a browser holds after signing in: the HttpOnly session cookie and the page's CSRF token. */
export interface Credentials {
  session: string;
  csrf: string;
}

/** The Cookie and X-CSRF-Token headers a browser page of the cabinet sends (CSRF on writes only). */
export function credentialHeaders(method: string, token: Credentials): Record<string, string> {
  return {
    Cookie: `cabinet_session=${token.session}`,
    ...(method === 'GET' || method === 'HEAD' ? {} : { 'X-CSRF-Token': token.csrf }),
  };
}

export interface CallOptions {
  token?: Credentials;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

/** Sends one request through the same handlers the worker and the standalone server use. */
export async function send(method: string, path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) Object.assign(headers, credentialHeaders(method, options.token));
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await getResponse(
    handlers,
    new Request(`http://cabinet.test/api/v1${path}`, { method, headers, body }),
  );
  if (!response) throw new Error(`no handler answered ${method} ${path}`);
  return response;
}

/** As send(), with the JSON body read (a CSV body is left as text). */
export async function call(method: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const response = await send(method, path, options);
  const text = response.type === 'error' ? '' : await response.clone().text();
  const contentType = response.headers.get('Content-Type');
  const json = contentType === null || contentType.includes('json');
  return {
    status: response.status,
    contentType,
    body: text === '' ? undefined : json ? (JSON.parse(text) as unknown) : text,
    response,
  };
}

/** The session id out of a Set-Cookie header, as the browser would keep it. */
export function sessionCookieOf(response: Response): string | null {
  const match = /cabinet_session=([^;]*)/.exec(response.headers.get('Set-Cookie') ?? '');
  return match?.[1] ? match[1] : null;
}

export async function signIn(login = 'admin', password = 'Demo1234'): Promise<Credentials> {
  const answer = await call('POST', '/session', { body: { login, password } });
  const session = sessionCookieOf(answer.response);
  const csrf = (answer.body as { csrfToken?: unknown } | undefined)?.csrfToken;
  if (session === null || typeof csrf !== 'string') throw new Error(`sign-in failed: ${answer.status}`);
  return { session, csrf };
}
