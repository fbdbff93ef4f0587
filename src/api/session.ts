import * as z from 'zod/mini';
import { Instant, ProfileId } from './common';
import { NewPassword } from './credentials';
import { Right } from './rights';

export { RIGHTS, Right } from './rights';

export const LoginRequest = z
  .object({
    login: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
    password: z.string().check(z.minLength(1), z.maxLength(64)),
    /** The second factor: a 6-digit TOTP code or a recovery code, once the password was right. */
    code: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(32))),
  })
  .register(z.globalRegistry, { id: 'LoginRequest' });
export type LoginRequest = z.infer<typeof LoginRequest>;

export const ProfileMode = z.enum(['test', 'live']);
export type ProfileMode = z.infer<typeof ProfileMode>;

/** A shop's test or live profile: its own Merchant_ID, its own orders. */
export const Profile = z
  .object({
    id: ProfileId,
    mode: ProfileMode,
    merchantId: z.string(),
    name: z.string(),
  })
  .register(z.globalRegistry, { id: 'Profile' });
export type Profile = z.infer<typeof Profile>;

/**
 * What a session must do before the cabinet opens: change a temporary password, or enrol a
 * second factor the enterprise requires. Until then only the session endpoints answer.
 */
export const PendingStep = z
  .enum(['password-change', 'totp-enrolment'])
  .register(z.globalRegistry, { id: 'PendingStep' });
export type PendingStep = z.infer<typeof PendingStep>;

export const SessionInfo = z
  .object({
    user: z.object({
      login: z.string(),
      name: z.string(),
      rights: z.array(Right),
      totpEnabled: z.boolean(),
      pending: z.nullable(PendingStep),
    }),
    enterprise: z.object({
      name: z.string(),
      /** IANA zone; an enterprise setting the merchant can read but not change. */
      timezone: z.string(),
    }),
    /** The profiles this user is bound to; the others do not exist for them. */
    profiles: z.array(Profile).check(z.minLength(1)),
    /**
     * Sent back as `X-CSRF-Token` on every state-changing request. The session itself travels in
     * an HttpOnly cookie that script never sees; this token proves the request came from the
     * cabinet's own page.
     */
    csrfToken: z.string().check(z.minLength(16)),
    /** When the session ends if nothing happens (idle limit), and at the latest (absolute limit). */
    idleExpiresAt: Instant,
    expiresAt: Instant,
  })
  .register(z.globalRegistry, { id: 'SessionInfo' });
export type SessionInfo = z.infer<typeof SessionInfo>;

/** Sign-in answers the session; the session id itself only travels in the Set-Cookie header. */
/** A copy of its own, so the published document names both. */
export const LoginResponse = SessionInfo.clone().register(z.globalRegistry, { id: 'LoginResponse' });
export type LoginResponse = z.infer<typeof LoginResponse>;

export const ChangePasswordRequest = z
  .object({ currentPassword: z.string().check(z.minLength(1), z.maxLength(64)), newPassword: NewPassword })
  .register(z.globalRegistry, { id: 'ChangePasswordRequest' });
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

/** One of the user's signed-in sessions; `id` names it, it is not the secret cookie value. */
export const ActiveSession = z
  .object({
    id: z.string(),
    current: z.boolean(),
    browser: z.string(),
    ip: z.string(),
    createdAt: Instant,
    lastActiveAt: Instant,
  })
  .register(z.globalRegistry, { id: 'ActiveSession' });
export type ActiveSession = z.infer<typeof ActiveSession>;

export const ActiveSessionList = z
  .object({ items: z.array(ActiveSession) })
  .register(z.globalRegistry, { id: 'ActiveSessionList' });
export type ActiveSessionList = z.infer<typeof ActiveSessionList>;

/** Public facts about the API, readable before sign-in. */
export const Meta = z
  .object({
    demo: z.boolean(),
    /** Demo accounts, listed only by a demo gateway. */
    demoUsers: z.array(z.object({ login: z.string(), role: z.string() })),
    demoPassword: z.optional(z.string()),
  })
  .register(z.globalRegistry, { id: 'Meta' });
export type Meta = z.infer<typeof Meta>;
