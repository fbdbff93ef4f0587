import type { LoginResponse, SessionInfo } from '@/api/session';
import { DEMO_PASSWORD, DEMO_USERS, ENTERPRISE, PROFILES, type DemoUser } from './enterprise';
import { FIRSTCODE, GatewayError } from './errors';

/**
 * Sessions of the demo users. A token names its user (`mock.<login>.<random>`) so that it
 * survives a page reload, which re-creates the in-page gateway; only sign-outs are remembered.
 */
export interface SessionRegistry {
  login(login: string, password: string): LoginResponse;
  /** The user behind a token, or null when it is unknown, malformed or signed out. */
  userOf(token: string): DemoUser | null;
  info(user: DemoUser): SessionInfo;
  logout(token: string): void;
}

const TOKEN = /^mock\.([a-z]+)\.([0-9a-f]{24})$/;

function randomHex(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  // Demo tokens guard nothing real; Math.random covers test environments without Web Crypto.
  if (typeof globalThis.crypto?.getRandomValues === 'function') globalThis.crypto.getRandomValues(buffer);
  else for (let i = 0; i < bytes; i += 1) buffer[i] = Math.floor(Math.random() * 256);
  return Array.from(buffer, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function createSessionRegistry(): SessionRegistry {
  const revoked = new Set<string>();

  const info = (user: DemoUser): SessionInfo => ({
    user: { login: user.login, name: user.name, rights: [...user.rights] },
    enterprise: { ...ENTERPRISE },
    profiles: PROFILES.map((profile) => ({ ...profile })),
  });

  return {
    login(login, password) {
      const user = DEMO_USERS.find((candidate) => candidate.login === login.trim());
      if (!user || password !== DEMO_PASSWORD) {
        throw new GatewayError({
          code: 'unauthenticated',
          status: 401,
          firstcode: FIRSTCODE.authentication,
          message: 'Неверный логин или пароль',
        });
      }
      return { ...info(user), token: `mock.${user.login}.${randomHex(12)}` };
    },
    userOf(token) {
      const match = TOKEN.exec(token);
      if (!match || revoked.has(token)) return null;
      return DEMO_USERS.find((user) => user.login === match[1]) ?? null;
    },
    info,
    logout(token) {
      revoked.add(token);
    },
  };
}
