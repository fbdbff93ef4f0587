import { Suspense } from 'react';
import { lazyThemed } from '@/components/theme/lazy-themed';
import { useExpiredSessionLogin } from '../model/session-expiry';

/** The dialog and its sign-in form are fetched when a session expires, not with every page. */
const SessionExpiredDialog = lazyThemed(
  () => import('./session-expired-dialog'),
  (module) => module.SessionExpiredDialog,
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
