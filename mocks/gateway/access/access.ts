import type { ActiveSession, ChangePasswordRequest, LoginRequest, Profile, SessionInfo } from '@/api/session';
import type { ControlledClock } from '../clock';
import { AccessError } from './access-error';
import type { AccessEvents } from './access-events';
import { createAccessState, type AccessPersistence, type AccessState } from './access-state';
import { passwordMatches } from './passwords';
import { checkNewPassword, setPassword } from './password-change';
import { expiryOf, type ClientInfo, type SessionRecord } from './sessions';
import { pendingStepOf, signIn } from './sign-in';
import { createTotpEnrolment, type TotpEnrolmentService } from './totp-enrolment';
import { createUserAdmin, type UserAdmin } from './user-admin';
import { loginKey, type UserRecord } from './users';

/** A request's session and its user, once both are known to be valid. */
export interface Authenticated {
  session: SessionRecord;
  user: UserRecord;
}

export interface Access {
  readonly state: AccessState;
  /** Users and their rights, as a user manager changes them. */
  readonly admin: UserAdmin;
  /** The signed-in user's own second factor. */
  readonly totp: TotpEnrolmentService;
  signIn(request: LoginRequest, client: ClientInfo): SessionRecord;
  /** The live session behind a cookie value, its activity recorded; null when there is none. */
  authenticate(sessionId: string): Authenticated | null;
  info(auth: Authenticated): SessionInfo;
  signOut(auth: Authenticated): void;
  changePassword(auth: Authenticated, request: ChangePasswordRequest): void;
  sessions(auth: Authenticated): ActiveSession[];
  endOtherSessions(auth: Authenticated): number;
  /** Writes a refused request (403) to the audit log. */
  refused(auth: Authenticated, error: AccessError, request: { endpoint: string; ip: string }): void;
  /** The user behind a login, for tests and the gateway's own callers. */
  user(login: string): UserRecord | null;
}

export interface AccessOptions {
  clock: ControlledClock;
  enterprise: { name: string; timezone: string };
  profiles: readonly Profile[];
  events: AccessEvents;
  persistence?: AccessPersistence;
}

const iso = (epoch: number) => new Date(epoch).toISOString();

export function createAccess(options: AccessOptions): Access {
  const { clock, events } = options;
  const state = createAccessState(clock, options.persistence);

  const access: Access = {
    state,
    // The list grows when a shop goes live.
    admin: createUserAdmin(state, events, () => options.profiles.map((profile) => profile.id)),
    totp: createTotpEnrolment(state, events),
    signIn: (request, client) => signIn(state, events, request, client),
    authenticate(sessionId) {
      const now = clock.now();
      const session = state.sessions.find(sessionId, now);
      const user = session ? state.users.get(loginKey(session.login)) : undefined;
      if (!session || !user || user.disabled) return null;
      state.sessions.touch(session, now);
      state.save();
      return { session, user };
    },
    info({ session, user }) {
      const expiry = expiryOf(session);
      return {
        user: {
          login: user.login,
          name: user.name,
          rights: [...user.rights],
          totpEnabled: user.totp !== null,
          pending: pendingStepOf(state, user),
        },
        enterprise: { ...options.enterprise },
        profiles: options.profiles
          .filter((profile) => user.profileIds.includes(profile.id))
          .map((profile) => ({ ...profile })),
        csrfToken: session.csrfToken,
        idleExpiresAt: iso(expiry.idle),
        expiresAt: iso(expiry.absolute),
      };
    },
    signOut({ session }) {
      state.sessions.end(session.id);
      state.save();
      events.emit({ action: 'sign-out', outcome: 'applied', login: session.login, ip: session.ip });
    },
    changePassword({ session, user }, request) {
      if (!passwordMatches(request.currentPassword, user.passwords[0]!)) {
        throw new AccessError({
          code: 'password-wrong',
          status: 422,
          field: 'currentPassword',
          message: 'Текущий пароль введён неверно',
        });
      }
      checkNewPassword(user, request.newPassword);
      setPassword(user, request.newPassword);
      user.mustChangePassword = false;
      state.sessions.endAllOf(user.login, session.id);
      state.save();
      events.emit({ action: 'password-change', outcome: 'applied', login: user.login, ip: session.ip });
    },
    sessions({ session, user }) {
      return state.sessions.listOf(user.login, clock.now()).map((candidate) => ({
        id: candidate.publicId,
        current: candidate.id === session.id,
        browser: candidate.browser,
        ip: candidate.ip,
        createdAt: iso(candidate.createdAt),
        lastActiveAt: iso(candidate.lastActiveAt),
      }));
    },
    endOtherSessions({ session, user }) {
      const ended = state.sessions.endAllOf(user.login, session.id);
      state.save();
      events.emit({
        action: 'sessions-end',
        outcome: 'applied',
        login: user.login,
        ip: session.ip,
        target: user.login,
        detail: `${ended}`,
      });
      return ended;
    },
    refused({ user }, error, request) {
      events.emit({
        action: 'request',
        outcome: 'refused',
        code: error.code,
        login: user.login,
        ip: request.ip,
        target: request.endpoint,
        ...(error.missingRight ? { detail: error.missingRight } : {}),
      });
    },
    user: (login) => state.users.get(loginKey(login)) ?? null,
  };
  return access;
}
