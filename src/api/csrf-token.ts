/**
 * The session's CSRF token, in memory only: the session itself is an HttpOnly cookie that
 * script never sees, and nothing of it is kept in localStorage. A reload asks GET /session,
 * which hands the token out again. Its presence also tells the cabinet a session is open.
 */
let current: string | null = null;

export function readCsrfToken(): string | null {
  return current;
}

export function writeCsrfToken(token: string | null): void {
  current = token;
}
