import { ABSOLUTE_LIMIT_MS } from '../gateway/access/sessions';

export const SESSION_COOKIE = 'cabinet_session';
export const CSRF_HEADER = 'X-CSRF-Token';

/**
 * The session ids the browser sent, in order. Usually one; a browser may hold two cookies of
 * the name (other paths, a stale one), and the live one among them counts. Over real HTTP they
 * are in the Cookie header; in the page (the demo's worker) a script may not set that header,
 * so msw hands over the cookies of its own jar beside the request.
 */
export function sessionIdsOf(request: Request, cookies: Record<string, string> = {}): string[] {
  const header = request.headers.get('Cookie') ?? '';
  const ids = header
    .split(';')
    .map((part) => part.trim().split('='))
    .filter(([name, ...value]) => name === SESSION_COOKIE && value.join('=') !== '')
    .map(([, ...value]) => value.join('='));
  const jar = cookies[SESSION_COOKIE];
  return jar && !ids.includes(jar) ? [...ids, jar] : ids;
}

/** Behind https (directly or through a proxy that says so) the cookie is Secure. */
function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === 'https:' || request.headers.get('X-Forwarded-Proto') === 'https';
}

/**
 * HttpOnly: no script reads it. SameSite=Strict: no other site's page makes the browser send
 * it. It lives as long as the session's absolute limit, so a reopened browser keeps the session.
 */
export function sessionCookie(request: Request, id: string, lifetimeMs = ABSOLUTE_LIMIT_MS): string {
  const secure = isHttps(request) ? '; Secure' : '';
  return `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${Math.floor(lifetimeMs / 1000)}${secure}`;
}

export function clearedSessionCookie(request: Request): string {
  const secure = isHttps(request) ? '; Secure' : '';
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure}`;
}
