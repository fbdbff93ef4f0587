/**
 * Where the bearer token lives between page loads. localStorage so that every tab of the
 * cabinet shares one session; cleared on sign-out and on any 401.
 */
const KEY = 'cabinet.session-token';

export function readSessionToken(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

export function writeSessionToken(token: string | null): void {
  try {
    if (token === null) globalThis.localStorage?.removeItem(KEY);
    else globalThis.localStorage?.setItem(KEY, token);
  } catch {
    // Storage can be unavailable (private mode, quota); the session then lasts one page load.
  }
}
