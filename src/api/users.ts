import { z } from 'zod';
import { Instant, ProfileId } from './common';
import { NewLogin, NewPassword } from './credentials';
import { Preset, Right } from './rights';

export const UserLogin = z.string().min(1).max(64);

/** A user as the users screen lists them. */
export const UserSummary = z
  .object({
    login: z.string(),
    name: z.string(),
    rights: z.array(Right),
    /** The preset the rights match exactly, or null for a custom set. */
    preset: Preset.nullable(),
    profileIds: z.array(ProfileId),
    state: z.enum(['active', 'disabled']),
    totpEnabled: z.boolean(),
    mustChangePassword: z.boolean(),
    lastSignInAt: Instant.nullable(),
    createdAt: Instant,
  })
  .meta({ id: 'UserSummary' });
export type UserSummary = z.infer<typeof UserSummary>;

export const SecurityPolicy = z.object({ requireTotp: z.boolean() }).meta({ id: 'SecurityPolicy' });
export type SecurityPolicy = z.infer<typeof SecurityPolicy>;

export const UserList = z.object({ items: z.array(UserSummary), security: SecurityPolicy }).meta({ id: 'UserList' });
export type UserList = z.infer<typeof UserList>;

const ProfileIds = z.array(ProfileId).min(1, 'at least one profile');

export const CreateUserRequest = z
  .object({
    login: NewLogin,
    name: z.string().trim().min(1).max(100),
    rights: z.array(Right),
    profileIds: ProfileIds,
    /** Must be changed at the first sign-in. */
    temporaryPassword: NewPassword,
  })
  .meta({ id: 'CreateUserRequest' });
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;

export const UpdateUserRequest = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    rights: z.array(Right).optional(),
    profileIds: ProfileIds.optional(),
  })
  .meta({ id: 'UpdateUserRequest' });
export type UpdateUserRequest = z.infer<typeof UpdateUserRequest>;

export const ResetPasswordRequest = z.object({ temporaryPassword: NewPassword }).meta({ id: 'ResetPasswordRequest' });
export type ResetPasswordRequest = z.infer<typeof ResetPasswordRequest>;

export const UserParams = z.object({ login: UserLogin });
