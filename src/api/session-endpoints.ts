import { endpoint } from './endpoint-def';
import { RecoveryCodes, TotpCodeRequest, TotpEnrolment } from './totp';
import { ActiveSessionList, ChangePasswordRequest, LoginRequest, LoginResponse, Meta, SessionInfo } from './session';

/** Signing in and out, the session, one's own password and second factor. */
export const sessionEndpoints = {
  getMeta: endpoint({
    method: 'GET',
    path: '/meta',
    summary: 'Public facts about the API (demo mode, demo accounts)',
    auth: false,
    response: Meta,
  }),
  login: endpoint({
    method: 'POST',
    path: '/session',
    summary:
      'Sign in; sets the HttpOnly session cookie and returns the session with its CSRF token. 401 second-factor-required asks for the code; 429 locked after five failures',
    auth: false,
    body: LoginRequest,
    response: LoginResponse,
    errors: [401, 422, 429],
  }),
  getSession: endpoint({
    method: 'GET',
    path: '/session',
    summary: 'The signed-in user, their rights and bound profiles, the CSRF token; counts as activity',
    openDuringSetup: true,
    response: SessionInfo,
    errors: [401],
  }),
  logout: endpoint({
    method: 'DELETE',
    path: '/session',
    summary: 'Sign out: the session ends on the server and its cookie is cleared',
    openDuringSetup: true,
    errors: [401, 403],
  }),
  changePassword: endpoint({
    method: 'PUT',
    path: '/session/password',
    summary: "Change one's own password (also the forced change of a temporary one); ends the user's other sessions",
    openDuringSetup: true,
    body: ChangePasswordRequest,
    response: SessionInfo,
    errors: [401, 403, 422],
  }),
  listSessions: endpoint({
    method: 'GET',
    path: '/session/all',
    summary: "The user's active sessions: browser, IP, last activity",
    response: ActiveSessionList,
    errors: [401, 403],
  }),
  endOtherSessions: endpoint({
    method: 'DELETE',
    path: '/session/others',
    summary: 'Ends every session of the user but the current one',
    errors: [401, 403],
  }),
  startTotp: endpoint({
    method: 'POST',
    path: '/session/totp',
    summary: 'Starts enrolling a TOTP second factor (RFC 6238): a new secret, as an otpauth URI and a key',
    openDuringSetup: true,
    response: TotpEnrolment,
    errors: [401, 403, 409],
  }),
  confirmTotp: endpoint({
    method: 'POST',
    path: '/session/totp/confirm',
    summary: 'Confirms the enrolment with a code from the app; answers the ten recovery codes, once',
    openDuringSetup: true,
    body: TotpCodeRequest,
    response: RecoveryCodes,
    errors: [401, 403, 409, 422],
  }),
  disableTotp: endpoint({
    method: 'DELETE',
    path: '/session/totp',
    summary: 'Turns the second factor off (refused while the enterprise requires it)',
    body: TotpCodeRequest,
    errors: [401, 403, 409, 422],
  }),
} as const;
