import { z } from 'zod';
import { ProfileId } from './common';

export const RIGHTS = ['monitor', 'confirm', 'cancel', 'export', 'settings', 'users'] as const;
export const Right = z.enum(RIGHTS).meta({ id: 'Right' });
export type Right = z.infer<typeof Right>;

export const LoginRequest = z
  .object({
    login: z.string().trim().min(1).max(64),
    password: z.string().min(1).max(64),
  })
  .meta({ id: 'LoginRequest' });
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
  .meta({ id: 'Profile' });
export type Profile = z.infer<typeof Profile>;

export const SessionInfo = z
  .object({
    user: z.object({
      login: z.string(),
      name: z.string(),
      rights: z.array(Right),
    }),
    enterprise: z.object({
      name: z.string(),
      /** IANA zone; an enterprise setting the merchant can read but not change. */
      timezone: z.string(),
    }),
    profiles: z.array(Profile).min(1),
  })
  .meta({ id: 'SessionInfo' });
export type SessionInfo = z.infer<typeof SessionInfo>;

/** The bearer token is returned once, at sign-in. */
export const LoginResponse = SessionInfo.extend({ token: z.string().min(16) }).meta({ id: 'LoginResponse' });
export type LoginResponse = z.infer<typeof LoginResponse>;

/** Public facts about the API, readable before sign-in. */
export const Meta = z
  .object({
    demo: z.boolean(),
    /** Demo accounts, listed only by a demo gateway. */
    demoUsers: z.array(z.object({ login: z.string(), role: z.string() })),
    demoPassword: z.string().optional(),
  })
  .meta({ id: 'Meta' });
export type Meta = z.infer<typeof Meta>;
