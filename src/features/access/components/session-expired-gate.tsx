import { lazy, Suspense } from 'react';
import { useExpiredSessionLogin } from '../model/session-expiry';

/** The dialog and its sign-in form are fetched when a session expires, not with every page. */
const SessionExpiredDialog = lazy(() =>
  import('./session-expired-dialog').then((module) => ({ default: module.SessionExpiredDialog })),
);

/** Puts the sign-in dialog over the page once its session has expired. */
export function SessionExpiredGate() {
  const login = useExpiredSessionLogin();
  if (login === null) return null;
  return (
    <Suspense fallback={null}>
      <SessionExpiredDialog />
    </Suspense>
  );
}
