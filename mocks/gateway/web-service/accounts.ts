import type { Clock } from '../clock';
import { AccessError } from '../access/access-error';
import type { AuditTrail } from '../access/audit-trail';
import { createLockout, LOCK_MS } from '../access/lockout';
import { hashPassword, passwordMatches, UNKNOWN_USER_HASH, type PasswordHash } from '../access/passwords';
import { generatePassword } from './generated-password';

export interface WebServiceAccountRecord {
  profileId: string;
  login: string;
  disabled: boolean;
  /** The password's digest only: the password itself leaves the gateway once and is forgotten. */
  hash: PasswordHash;
  /** Digests of the last three passwords, which a rotation may not give again (domain §7). */
  previous: PasswordHash[];
  createdAt: number;
  createdBy: string;
  passwordChangedAt: number;
  lastUsedAt: number | null;
}

/** The cabinet user acting on an account, for the audit log. */
export interface WebServiceActor {
  login: string;
  ip: string;
}

export type Authentication =
  | { ok: true; account: WebServiceAccountRecord }
  | { ok: false; reason: 'wrong-credentials' | 'disabled' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export interface WebServiceAccounts {
  list(profileId: string): WebServiceAccountRecord[];
  create(
    actor: WebServiceActor,
    profileId: string,
    login: string,
  ): { account: WebServiceAccountRecord; password: string };
  setDisabled(actor: WebServiceActor, profileId: string, login: string, disabled: boolean): WebServiceAccountRecord;
  rotate(
    actor: WebServiceActor,
    profileId: string,
    login: string,
  ): { account: WebServiceAccountRecord; password: string };
  /**
   * Checks a call's credentials. Failures count towards a lock of that login as typed, exactly as
   * cabinet sign-ins do (five in a row, 15 minutes), so a password cannot be guessed by brute force.
   */
  authenticate(profileId: string, login: string, password: string): Authentication;
}

const key = (profileId: string, login: string) => `${profileId}|${login.toLowerCase()}`;

function notFound(login: string): AccessError {
  return new AccessError({
    code: 'not-found',
    status: 404,
    firstcode: 10,
    message: `Учётная запись ${login} не найдена`,
  });
}

export function createWebServiceAccounts(clock: Clock, trail: AuditTrail): WebServiceAccounts {
  const accounts = new Map<string, WebServiceAccountRecord>();
  const lockout = createLockout();

  const find = (profileId: string, login: string) => {
    const account = accounts.get(key(profileId, login));
    if (!account) throw notFound(login);
    return account;
  };
  const emit = (actor: WebServiceActor, action: string, account: WebServiceAccountRecord, detail: string) =>
    trail.emit({
      action,
      outcome: 'applied',
      login: actor.login,
      ip: actor.ip,
      profileId: account.profileId,
      target: account.login,
      detail,
    });

  return {
    list: (profileId) =>
      [...accounts.values()]
        .filter((account) => account.profileId === profileId)
        .sort((a, b) => a.login.localeCompare(b.login)),

    create(actor, profileId, login) {
      if (accounts.has(key(profileId, login))) {
        throw new AccessError({ code: 'login-taken', status: 409, field: 'login', message: 'Такой логин уже есть' });
      }
      const password = generatePassword();
      const now = clock.now();
      const account: WebServiceAccountRecord = {
        profileId,
        login,
        disabled: false,
        hash: hashPassword(password),
        previous: [],
        createdAt: now,
        createdBy: actor.login,
        passwordChangedAt: now,
        lastUsedAt: null,
      };
      accounts.set(key(profileId, login), account);
      emit(actor, 'web-service-account-create', account, 'password: ••••••');
      return { account, password };
    },

    setDisabled(actor, profileId, login, disabled) {
      const account = find(profileId, login);
      if (account.disabled !== disabled) {
        const before = account.disabled ? 'disabled' : 'active';
        account.disabled = disabled;
        emit(
          actor,
          disabled ? 'web-service-account-disable' : 'web-service-account-enable',
          account,
          `${before} → ${disabled ? 'disabled' : 'active'}`,
        );
      }
      return account;
    },

    rotate(actor, profileId, login) {
      const account = find(profileId, login);
      let password = generatePassword();
      while ([account.hash, ...account.previous].some((hash) => passwordMatches(password, hash))) {
        password = generatePassword();
      }
      account.previous = [account.hash, ...account.previous].slice(0, 3);
      account.hash = hashPassword(password);
      account.passwordChangedAt = clock.now();
      // A rotation is also the way out of a lock: the new password is known only to the shop's owner.
      lockout.succeed(key(profileId, login));
      emit(actor, 'web-service-account-rotate', account, 'password: •••••• → ••••••');
      return { account, password };
    },

    authenticate(profileId, login, password) {
      const now = clock.now();
      const lockKey = key(profileId, login);
      const lockedFor = lockout.lockedFor(lockKey, now);
      if (lockedFor > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: Math.ceil(lockedFor / 1000) };
      const account = accounts.get(lockKey);
      // An unknown login costs the same digest as a known one, so the timing tells nothing.
      const matches = passwordMatches(password, account?.hash ?? UNKNOWN_USER_HASH);
      if (!account || !matches) {
        const locked = lockout.fail(lockKey, now);
        return locked
          ? { ok: false, reason: 'throttled', retryAfterSeconds: LOCK_MS / 1000 }
          : { ok: false, reason: 'wrong-credentials' };
      }
      if (account.disabled) return { ok: false, reason: 'disabled' };
      lockout.succeed(lockKey);
      account.lastUsedAt = now;
      return { ok: true, account };
    },
  };
}
