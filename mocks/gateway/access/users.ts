import { normalizeRights, PRESET_RIGHTS, type Right } from '@/api/rights';
import { DEMO_PASSWORD, DEMO_USERS, INITIAL_PROFILES } from '../enterprise';
import { hashPassword, type PasswordHash } from './passwords';

export interface TotpState {
  /** Base32 secret of RFC 6238 (SHA-1, 6 digits, 30 s). */
  secret: string;
  /** Hashes of the unused recovery codes; a used one is removed. */
  recoveryCodes: PasswordHash[];
}

/** A user as the gateway keeps them; plain data, so the demo can persist it as JSON. */
export interface UserRecord {
  login: string;
  name: string;
  rights: Right[];
  /** The profiles the user is bound to; every other profile is 404 for them. */
  profileIds: string[];
  /** The current password first, then the previous ones (three kept: none may be reused). */
  passwords: PasswordHash[];
  mustChangePassword: boolean;
  disabled: boolean;
  totp: TotpState | null;
  /** A secret being enrolled, not yet confirmed with a code. */
  pendingTotpSecret: string | null;
  createdAt: number;
  lastSignInAt: number | null;
}

export const PASSWORD_HISTORY = 3;

/** The demo password's digest, made once per process: every test resets the gateway. */
let demoHash: PasswordHash | undefined;

export function demoUsers(now: number): UserRecord[] {
  demoHash ??= hashPassword(DEMO_PASSWORD);
  return DEMO_USERS.map((user) => ({
    login: user.login,
    name: user.name,
    rights: normalizeRights(PRESET_RIGHTS[user.role]),
    profileIds: INITIAL_PROFILES.map((profile) => profile.id),
    passwords: [demoHash!],
    mustChangePassword: false,
    disabled: false,
    totp: null,
    pendingTotpSecret: null,
    createdAt: now,
    lastSignInAt: null,
  }));
}

/** Logins are compared without regard to case and surrounding spaces. */
export function loginKey(login: string): string {
  return login.trim().toLowerCase();
}
