/** Where the sign-in page lives and how it remembers where the visitor was going. */
export const LOGIN_PATH = '/login';
/** Where a first sign-in changes its temporary password (or enrols a required second factor). */
export const SETUP_PATH = '/welcome';
export const RETURN_PARAM = 'next';

/**
 * Accepts only a path inside the cabinet ("/p/1/orders?page=2"), never another origin
 * ("//evil.example", "https://…", "/\\evil") and never the sign-in page itself.
 */
export function safeReturnPath(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  const url = new URL(next, 'http://cabinet.invalid');
  if (url.origin !== 'http://cabinet.invalid' || url.pathname === LOGIN_PATH || url.pathname === SETUP_PATH)
    return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, remembering the return location when there is one worth returning to. */
export function loginPath(returnTo?: string): string {
  const safe = safeReturnPath(returnTo);
  return safe === null || safe === '/' ? LOGIN_PATH : `${LOGIN_PATH}?${new URLSearchParams({ [RETURN_PARAM]: safe })}`;
}

/** The first-sign-in step page, remembering where to go once it is done. */
export function setupPath(returnTo?: string): string {
  const safe = safeReturnPath(returnTo);
  return safe === null || safe === '/' ? SETUP_PATH : `${SETUP_PATH}?${new URLSearchParams({ [RETURN_PARAM]: safe })}`;
}
