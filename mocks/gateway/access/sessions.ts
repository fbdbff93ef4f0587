import { HOUR, MINUTE } from '../clock';
import { randomToken } from './random';

export const IDLE_LIMIT_MS = 30 * MINUTE;
export const ABSOLUTE_LIMIT_MS = 12 * HOUR;

/** A signed-in session, kept on the server only; the browser holds just `id` in an HttpOnly cookie. */
export interface SessionRecord {
  /** The secret: 256 random bits, issued here and nowhere else. */
  id: string;
  /** Names the session in lists without revealing the secret. */
  publicId: string;
  csrfToken: string;
  login: string;
  createdAt: number;
  lastActiveAt: number;
  ip: string;
  browser: string;
}

export interface ClientInfo {
  ip: string;
  browser: string;
}

export interface SessionRegistry {
  open(login: string, client: ClientInfo, now: number): SessionRecord;
  /** The live session behind an id, or null (unknown, ended, idle too long, too old); expired ones are dropped. */
  find(id: string, now: number): SessionRecord | null;
  /** Marks activity: the idle limit starts again. */
  touch(session: SessionRecord, now: number): void;
  end(id: string): void;
  /** Ends a user's sessions, all or all but one; returns how many ended. */
  endAllOf(login: string, exceptId?: string): number;
  listOf(login: string, now: number): SessionRecord[];
  all(): SessionRecord[];
}

export function isExpired(session: SessionRecord, now: number): boolean {
  return now - session.lastActiveAt >= IDLE_LIMIT_MS || now - session.createdAt >= ABSOLUTE_LIMIT_MS;
}

/** When the session ends if idle from now on, and at the latest. */
export function expiryOf(session: SessionRecord): { idle: number; absolute: number } {
  const absolute = session.createdAt + ABSOLUTE_LIMIT_MS;
  return { idle: Math.min(session.lastActiveAt + IDLE_LIMIT_MS, absolute), absolute };
}

export function createSessionRegistry(initial: readonly SessionRecord[] = []): SessionRegistry {
  const byId = new Map<string, SessionRecord>(initial.map((session) => [session.id, session]));

  return {
    open(login, client, now) {
      const session: SessionRecord = {
        id: randomToken(32),
        publicId: randomToken(9),
        csrfToken: randomToken(32),
        login,
        createdAt: now,
        lastActiveAt: now,
        ip: client.ip,
        browser: client.browser,
      };
      byId.set(session.id, session);
      return session;
    },
    find(id, now) {
      const session = byId.get(id);
      if (!session) return null;
      if (isExpired(session, now)) {
        byId.delete(id);
        return null;
      }
      return session;
    },
    touch(session, now) {
      session.lastActiveAt = Math.max(session.lastActiveAt, now);
    },
    end(id) {
      byId.delete(id);
    },
    endAllOf(login, exceptId) {
      let ended = 0;
      for (const session of [...byId.values()]) {
        if (session.login === login && session.id !== exceptId) {
          byId.delete(session.id);
          ended += 1;
        }
      }
      return ended;
    },
    listOf(login, now) {
      return [...byId.values()]
        .filter((session) => session.login === login && !isExpired(session, now))
        .sort((a, b) => b.lastActiveAt - a.lastActiveAt);
    },
    all: () => [...byId.values()],
  };
}
