import type { LoginRequest, PendingStep } from '@/api/session';
import { FIRSTCODE } from '../errors';
import { AccessError, wrongCredentials } from './access-error';
import type { AccessState } from './access-state';
import { passwordMatches, UNKNOWN_USER_HASH } from './passwords';
import type { AccessEvents } from './access-events';
import type { ClientInfo, SessionRecord } from './sessions';
import { totpValid } from './totp';
import { loginKey, type UserRecord } from './users';
import { spendRecoveryCode } from './recovery-codes';

function locked(ms: number): AccessError {
  const minutes = Math.ceil(ms / 60_000);
  return new AccessError({
    code: 'locked',
    status: 429,
    firstcode: FIRSTCODE.locked,
    retryAfter: Math.ceil(ms / 1000),
    message: `Слишком много неудачных попыток. Вход для этого логина закрыт на ${minutes} мин.`,
  });
}

/** What the user must do before the cabinet opens, if anything. */
export function pendingStepOf(state: AccessState, user: UserRecord): PendingStep | null {
  if (user.mustChangePassword) return 'password-change';
  if (state.security.requireTotp && !user.totp) return 'totp-enrolment';
  return null;
}

function secondFactorOk(user: UserRecord, code: string, now: number): boolean {
  if (!user.totp) return true;
  return totpValid(user.totp.secret, user.login, code, now) || spendRecoveryCode(user.totp, code);
}

/**
 * Signs in. Always a fresh session with a fresh id (a cookie the browser brought is never
 * adopted: no session fixation). The password is checked against a digest even for an unknown
 * login, so wrong login and wrong password cost the same and answer the same. Five failures in
 * a row lock the login as typed for 15 minutes, known or not.
 */
export function signIn(
  state: AccessState,
  events: AccessEvents,
  request: LoginRequest,
  client: ClientInfo,
): SessionRecord {
  const now = state.clock.now();
  const key = loginKey(request.login);
  const lockedFor = state.lockout.lockedFor(key, now);
  if (lockedFor > 0) {
    events.emit({ action: 'sign-in', outcome: 'locked', login: request.login.trim(), ip: client.ip });
    throw locked(lockedFor);
  }
  const user = state.users.get(key);
  const passwordOk = passwordMatches(request.password, user?.passwords[0] ?? UNKNOWN_USER_HASH);
  const fail = (error: AccessError): never => {
    const nowLocked = state.lockout.fail(key, now);
    events.emit({
      action: 'sign-in',
      outcome: nowLocked ? 'locked' : 'refused',
      code: error.code,
      login: request.login.trim(),
      ip: client.ip,
    });
    throw nowLocked ? locked(state.lockout.lockedFor(key, now)) : error;
  };
  if (!user || !passwordOk || user.disabled) return fail(wrongCredentials());
  if (user.totp && request.code === undefined) {
    // The password was right: the form asks for the code; not a failure, nothing to count.
    throw new AccessError({
      code: 'second-factor-required',
      status: 401,
      firstcode: FIRSTCODE.authentication,
      message: 'Введите код из приложения-аутентификатора',
    });
  }
  if (request.code !== undefined && !secondFactorOk(user, request.code, now)) {
    return fail(
      new AccessError({
        code: 'code-invalid',
        status: 401,
        firstcode: FIRSTCODE.authentication,
        field: 'code',
        message: 'Код не подходит',
      }),
    );
  }
  state.lockout.succeed(key);
  user.lastSignInAt = now;
  const session = state.sessions.open(user.login, client, now);
  state.save();
  events.emit({ action: 'sign-in', outcome: 'applied', login: user.login, ip: client.ip });
  return session;
}
