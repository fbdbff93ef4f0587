import type { ControlledClock } from '../clock';
import { createLockout, type Lockout } from './lockout';
import { createSessionRegistry, type SessionRecord, type SessionRegistry } from './sessions';
import { demoUsers, loginKey, type UserRecord } from './users';

export interface SecurityPolicy {
  /** Set by a user manager: everyone must sign in with a second factor. */
  requireTotp: boolean;
}

/** What the demo keeps across page reloads (JSON); the server keeps it in memory. */
export interface AccessSnapshot {
  version: 1;
  users: UserRecord[];
  sessions: SessionRecord[];
  security: SecurityPolicy;
}

/**
 * Where a snapshot is kept between runs of the in-page gateway; the standalone server and the
 * tests pass none and start from the demo users every time.
 */
export interface AccessPersistence {
  load(): AccessSnapshot | null;
  save(snapshot: AccessSnapshot): void;
}

export interface AccessState {
  clock: ControlledClock;
  users: Map<string, UserRecord>;
  sessions: SessionRegistry;
  lockout: Lockout;
  security: SecurityPolicy;
  /** Writes the snapshot, when there is somewhere to write it. */
  save(): void;
}

export function createAccessState(clock: ControlledClock, persistence?: AccessPersistence): AccessState {
  const stored = persistence?.load() ?? null;
  const users = new Map<string, UserRecord>(
    (stored?.users ?? demoUsers(clock.now())).map((user) => [loginKey(user.login), user]),
  );
  const state: AccessState = {
    clock,
    users,
    sessions: createSessionRegistry(stored?.sessions ?? []),
    lockout: createLockout(),
    security: stored?.security ?? { requireTotp: false },
    save() {
      persistence?.save({
        version: 1,
        users: [...state.users.values()],
        sessions: state.sessions.all(),
        security: state.security,
      });
    },
  };
  return state;
}
