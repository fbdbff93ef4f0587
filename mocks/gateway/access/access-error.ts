import type { Right } from '@/api/rights';
import { FIRSTCODE } from '../errors';

/** Stable codes of access refusals (mocks/README.md lists them with the domain's). */
export type AccessCode =
  | 'unauthenticated'
  | 'second-factor-required'
  | 'locked'
  | 'forbidden'
  | 'csrf-token-invalid'
  | 'password-change-required'
  | 'totp-enrolment-required'
  | 'not-found'
  | 'password-reused'
  | 'password-wrong'
  | 'login-taken'
  | 'last-user-manager'
  | 'own-user-manager'
  | 'code-invalid'
  | 'validation';

export type AccessStatus = 401 | 403 | 404 | 409 | 422 | 429;

/** A refusal of the access layer: sign-in, rights, users; the wrapper turns it into a problem. */
export class AccessError extends Error {
  readonly code: AccessCode;
  readonly status: AccessStatus;
  readonly firstcode: number;
  readonly field: string | undefined;
  readonly missingRight: Right | undefined;
  /** Seconds until a locked login may try again. */
  readonly retryAfter: number | undefined;

  constructor(options: {
    code: AccessCode;
    status: AccessStatus;
    message: string;
    firstcode?: number;
    field?: string;
    missingRight?: Right;
    retryAfter?: number;
  }) {
    super(options.message);
    this.name = 'AccessError';
    this.code = options.code;
    this.status = options.status;
    this.firstcode = options.firstcode ?? FIRSTCODE.accessDenied;
    this.field = options.field;
    this.missingRight = options.missingRight;
    this.retryAfter = options.retryAfter;
  }
}

export function isAccessError(error: unknown): error is AccessError {
  return error instanceof AccessError;
}

/** One message for a wrong login and a wrong password: the answer never tells which. */
export function wrongCredentials(): AccessError {
  return new AccessError({
    code: 'unauthenticated',
    status: 401,
    firstcode: FIRSTCODE.authentication,
    message: 'Неверный логин или пароль',
  });
}

export function missingRight(right: Right): AccessError {
  return new AccessError({
    code: 'forbidden',
    status: 403,
    missingRight: right,
    message: `Нужно право «${right}»`,
  });
}
