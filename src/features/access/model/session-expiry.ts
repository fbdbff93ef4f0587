import { useSyncExternalStore } from 'react';

/**
 * Whether the session ended under an open page. The page stays (with its forms and dialogs as
 * they were) and a sign-in dialog covers it; the login it belonged to decides whether signing
 * in again may keep the page.
 */
let expiredLogin: string | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function markSessionExpired(login: string): void {
  if (expiredLogin === login) return;
  expiredLogin = login;
  emit();
}

export function clearSessionExpired(): void {
  if (expiredLogin === null) return;
  expiredLogin = null;
  emit();
}

export function sessionExpiredLogin(): string | null {
  return expiredLogin;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useExpiredSessionLogin(): string | null {
  return useSyncExternalStore(subscribe, sessionExpiredLogin, sessionExpiredLogin);
}
