import * as z from 'zod/mini';
import { Instant, ProfileId } from './common';
import { NewLogin, NewPassword } from './credentials';
import { Preset, Right } from './rights';

export const UserLogin = z.string().check(z.minLength(1), z.maxLength(64));

/** A user as the users screen lists them. */
export const UserSummary = z
  .object({
    login: z.string(),
    name: z.string(),
    rights: z.array(Right),
    /** The preset the rights match exactly, or null for a custom set. */
    preset: z.nullable(Preset),
    profileIds: z.array(ProfileId),
    state: z.enum(['active', 'disabled']),
    totpEnabled: z.boolean(),
    mustChangePassword: z.boolean(),
    lastSignInAt: z.nullable(Instant),
    createdAt: Instant,
  })
  .register(z.globalRegistry, { id: 'UserSummary' });
export type UserSummary = z.infer<typeof UserSummary>;

export const SecurityPolicy = z
  .object({ requireTotp: z.boolean() })
  .register(z.globalRegistry, { id: 'SecurityPolicy' });
export type SecurityPolicy = z.infer<typeof SecurityPolicy>;

export const UserList = z
  .object({ items: z.array(UserSummary), security: SecurityPolicy })
  .register(z.globalRegistry, { id: 'UserList' });
export type UserList = z.infer<typeof UserList>;

const ProfileIds = z.array(ProfileId).check(z.minLength(1, 'at least one profile'));

export const CreateUserRequest = z
  .object({
    login: NewLogin,
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
    rights: z.array(Right),
    profileIds: ProfileIds,
    /** Must be changed at the first sign-in. */
    temporaryPassword: NewPassword,
  })
  .register(z.globalRegistry, { id: 'CreateUserRequest' });
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;

export const UpdateUserRequest = z
  .object({
    name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
    rights: z.optional(z.array(Right)),
    profileIds: z.optional(ProfileIds),
  })
  .register(z.globalRegistry, { id: 'UpdateUserRequest' });
export type UpdateUserRequest = z.infer<typeof UpdateUserRequest>;

export const ResetPasswordRequest = z
  .object({ temporaryPassword: NewPassword })
  .register(z.globalRegistry, { id: 'ResetPasswordRequest' });
export type ResetPasswordRequest = z.infer<typeof ResetPasswordRequest>;

export const UserParams = z.object({ login: UserLogin });
