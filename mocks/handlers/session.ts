import type { Endpoints } from '@/api/endpoints';
import { browserName } from '../gateway/access/browser-name';
import { clientIp } from './client-ip';
import type { Resolver } from './resolver';
import { clearedSessionCookie, sessionCookie } from './session-cookie';

/**
 * Sign-in always issues a new session id; a session the browser still carries is ended rather
 * than kept alongside, so a cookie planted or left behind never outlives a sign-in.
 */
export const login: Resolver<Endpoints['login']> = ({ gateway, body, request, responseHeaders, sessionIds }) => {
  const { access } = gateway;
  const session = access.signIn(body, {
    ip: clientIp(request),
    browser: browserName(request.headers.get('User-Agent')),
  });
  for (const previous of sessionIds) {
    const auth = access.authenticate(previous);
    if (auth) access.signOut(auth);
  }
  responseHeaders.append('Set-Cookie', sessionCookie(request, session.id));
  const auth = access.authenticate(session.id);
  if (!auth) throw new Error('A session just opened is not live');
  return access.info(auth);
};

export const getSession: Resolver<Endpoints['getSession']> = ({ gateway, auth }) => {
  // A switch review that ended meanwhile brings the live profile into the session.
  gateway.onboarding.processDue();
  return gateway.access.info(auth);
};

export const logout: Resolver<Endpoints['logout']> = ({ gateway, auth, request, responseHeaders }) => {
  gateway.access.signOut(auth);
  responseHeaders.append('Set-Cookie', clearedSessionCookie(request));
};

export const changePassword: Resolver<Endpoints['changePassword']> = ({ gateway, auth, body }) => {
  gateway.access.changePassword(auth, body);
  return gateway.access.info(auth);
};

export const listSessions: Resolver<Endpoints['listSessions']> = ({ gateway, auth }) => ({
  items: gateway.access.sessions(auth),
});

export const endOtherSessions: Resolver<Endpoints['endOtherSessions']> = ({ gateway, auth }) => {
  gateway.access.endOtherSessions(auth);
};
