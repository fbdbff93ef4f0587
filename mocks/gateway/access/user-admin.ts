import { normalizeRights, type Right } from '@/api/rights';
import { AccessError } from './access-error';
import type { AccessEvents } from './access-events';
import type { AccessState } from './access-state';
import { setPassword } from './password-change';
import { loginKey, type UserRecord } from './users';

export interface NewUser {
  login: string;
  name: string;
  rights: readonly Right[];
  profileIds: readonly string[];
  temporaryPassword: string;
}

export interface UserChange {
  name?: string;
  rights?: readonly Right[];
  profileIds?: readonly string[];
}

/** Who is acting, for the audit log and the "not your own manage-users right" rule. */
export interface Actor {
  login: string;
  ip: string;
}

function notFound(login: string): AccessError {
  return new AccessError({ code: 'not-found', status: 404, firstcode: 10, message: `Пользователь ${login} не найден` });
}

function managers(state: AccessState, except?: UserRecord): UserRecord[] {
  return [...state.users.values()].filter((user) => user !== except && !user.disabled && user.rights.includes('users'));
}

/** The last enabled holder of the manage-users right can be neither disabled, deleted nor stripped of it. */
function guardLastManager(state: AccessState, user: UserRecord, message: string): void {
  if (user.rights.includes('users') && !user.disabled && managers(state, user).length === 0) {
    throw new AccessError({ code: 'last-user-manager', status: 409, firstcode: 15, message });
  }
}

const describeRights = (rights: readonly Right[]) => rights.join(', ');

export interface UserAdmin {
  create(actor: Actor, user: NewUser): UserRecord;
  update(actor: Actor, login: string, change: UserChange): UserRecord;
  setDisabled(actor: Actor, login: string, disabled: boolean): UserRecord;
  resetPassword(actor: Actor, login: string, temporaryPassword: string): UserRecord;
  endSessions(actor: Actor, login: string): number;
  remove(actor: Actor, login: string): void;
  setRequireTotp(actor: Actor, required: boolean): void;
  find(login: string): UserRecord;
}

export function createUserAdmin(
  state: AccessState,
  events: AccessEvents,
  validProfiles: () => readonly string[],
): UserAdmin {
  const find = (login: string): UserRecord => {
    const user = state.users.get(loginKey(login));
    if (!user) throw notFound(login);
    return user;
  };
  const checkProfiles = (profileIds: readonly string[]) => {
    if (profileIds.length === 0 || profileIds.some((id) => !validProfiles().includes(id))) {
      throw new AccessError({
        code: 'validation',
        status: 422,
        field: 'profileIds',
        message: 'Укажите хотя бы один профиль магазина',
      });
    }
  };
  const emit = (actor: Actor, action: string, target: string, detail?: string) => {
    events.emit({
      action,
      outcome: 'applied',
      login: actor.login,
      ip: actor.ip,
      target,
      ...(detail ? { detail } : {}),
    });
  };
  const done = <T>(value: T): T => {
    state.save();
    return value;
  };

  return {
    find,
    create(actor, input) {
      if (state.users.has(loginKey(input.login))) {
        throw new AccessError({ code: 'login-taken', status: 409, field: 'login', message: 'Такой логин уже есть' });
      }
      checkProfiles(input.profileIds);
      const user: UserRecord = {
        login: input.login,
        name: input.name,
        rights: normalizeRights(input.rights),
        profileIds: [...input.profileIds],
        passwords: [],
        mustChangePassword: true,
        disabled: false,
        totp: null,
        pendingTotpSecret: null,
        createdAt: state.clock.now(),
        lastSignInAt: null,
      };
      setPassword(user, input.temporaryPassword);
      state.users.set(loginKey(user.login), user);
      emit(actor, 'user-create', user.login, `${describeRights(user.rights)}; ${user.profileIds.join(', ')}`);
      return done(user);
    },
    update(actor, login, change) {
      const user = find(login);
      const before = `${describeRights(user.rights)}; ${user.profileIds.join(', ')}`;
      if (change.rights !== undefined) {
        const rights = normalizeRights(change.rights);
        if (user.rights.includes('users') && !rights.includes('users')) {
          if (loginKey(user.login) === loginKey(actor.login)) {
            throw new AccessError({
              code: 'own-user-manager',
              status: 409,
              firstcode: 15,
              message: 'Нельзя снять право управлять пользователями с самого себя',
            });
          }
          guardLastManager(state, user, 'Это последний пользователь с правом управлять пользователями');
        }
        user.rights = rights;
      }
      if (change.profileIds !== undefined) {
        checkProfiles(change.profileIds);
        user.profileIds = [...change.profileIds];
      }
      if (change.name !== undefined) user.name = change.name;
      emit(
        actor,
        'user-update',
        user.login,
        `${before} → ${describeRights(user.rights)}; ${user.profileIds.join(', ')}`,
      );
      return done(user);
    },
    setDisabled(actor, login, disabled) {
      const user = find(login);
      if (disabled) {
        guardLastManager(state, user, 'Нельзя отключить последнего пользователя с правом управлять пользователями');
        state.sessions.endAllOf(user.login);
      }
      user.disabled = disabled;
      emit(actor, disabled ? 'user-disable' : 'user-enable', user.login);
      return done(user);
    },
    resetPassword(actor, login, temporaryPassword) {
      const user = find(login);
      setPassword(user, temporaryPassword);
      user.mustChangePassword = true;
      state.sessions.endAllOf(user.login);
      emit(actor, 'password-reset', user.login, '••••••••');
      return done(user);
    },
    endSessions(actor, login) {
      const user = find(login);
      const ended = state.sessions.endAllOf(user.login);
      emit(actor, 'sessions-end', user.login, `${ended}`);
      return done(ended);
    },
    remove(actor, login) {
      const user = find(login);
      guardLastManager(state, user, 'Нельзя удалить последнего пользователя с правом управлять пользователями');
      if (loginKey(user.login) === loginKey(actor.login)) {
        throw new AccessError({ code: 'own-user-manager', status: 409, firstcode: 15, message: 'Нельзя удалить себя' });
      }
      state.sessions.endAllOf(user.login);
      state.users.delete(loginKey(user.login));
      emit(actor, 'user-delete', user.login);
      done(undefined);
    },
    setRequireTotp(actor, required) {
      const before = state.security.requireTotp;
      state.security.requireTotp = required;
      emit(actor, 'security-update', 'require-2fa', `${before} → ${required}`);
      done(undefined);
    },
  };
}
