import { getResponse } from 'msw';
import { handlers } from '../../../mocks/handlers/handlers';

export const NOW = '2026-11-28T09:00:00Z';

export interface Answer {
  status: number;
  contentType: string | null;
  body: unknown;
  response: Response;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

/** Sends one request through the same handlers the worker and the standalone server use. */
export async function send(method: string, path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
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

export async function signIn(login = 'admin'): Promise<string> {
  const answer = await call('POST', '/session', { body: { login, password: 'Demo1234' } });
  const token = (answer.body as { token?: unknown }).token;
  if (typeof token !== 'string') throw new Error(`sign-in failed: ${answer.status}`);
  return token;
}
