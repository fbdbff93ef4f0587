import * as z from 'zod/mini';

/**
 * Login and password rules of the gateway (domain §7), written once for the cabinet's forms and
 * the mock's checks. The three demo accounts predate them and keep their short logins.
 */
export const LOGIN_PATTERN = /^[A-Za-z0-9_]{8,20}$/;

export const PASSWORD_RULES = ['length', 'latin', 'upper', 'lower', 'digit'] as const;
export type PasswordRule = (typeof PASSWORD_RULES)[number];

/** The rules a password breaks, in the order of PASSWORD_RULES; empty when it is acceptable. */
export function brokenPasswordRules(password: string): PasswordRule[] {
  const broken: PasswordRule[] = [];
  if (password.length < 8 || password.length > 20) broken.push('length');
  if (!/^[A-Za-z0-9!-/:-@[-`{-~]*$/.test(password)) broken.push('latin');
  if (!/[A-Z]/.test(password)) broken.push('upper');
  if (!/[a-z]/.test(password)) broken.push('lower');
  if (!/[0-9]/.test(password)) broken.push('digit');
  return broken;
}

export const NewLogin = z.string().check(z.regex(LOGIN_PATTERN, 'login: 8–20 Latin letters, digits or "_"'));

export const NewPassword = z.string().check(
  z.maxLength(64),
  z.refine((password) => brokenPasswordRules(password).length === 0, {
    message: 'password: 8–20 characters with Latin upper case, lower case and digits',
  }),
);
