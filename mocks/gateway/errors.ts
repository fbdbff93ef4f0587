/**
 * Gateway protocol codes (docs/domain.md §6). firstcode says what went wrong, secondcode names the
 * field or object concerned.
 */
export const FIRSTCODE = {
  error: 1,
  internal: 2,
  missingParameter: 3,
  badFormat: 4,
  badValue: 5,
  authentication: 7,
  authorization: 8,
  notFound: 10,
  duplicate: 11,
  locked: 12,
  forbiddenObject: 14,
  forbiddenOperation: 15,
  timedOut: 16,
  limits: 17,
  fraud: 18,
  accessDenied: 19,
  declined: 21,
} as const;

export const SECONDCODE = {
  currency: 105,
  amount: 108,
  billnumber: 143,
  order: 201,
  operation: 216,
} as const;

export type GatewayErrorStatus = 401 | 404 | 409 | 412 | 422;

/**
 * Stable machine codes of the gateway's refusals (the problem's `code`). The cabinet maps them
 * to its own messages, so they never change once published; mocks/README.md lists them all.
 */
export type RefusalCode =
  | 'unauthenticated'
  | 'not-found'
  | 'not-confirmable'
  | 'not-cancellable'
  | 'deadline-passed'
  | 'order-closed'
  | 'partial-not-allowed'
  | 'amount-currency-together'
  | 'amount-invalid'
  | 'amount-not-positive'
  | 'amount-exceeds-remaining'
  | 'currency-mismatch'
  | 'idempotency-key-reused'
  | 'payment-not-pending'
  | 'ordernumber-paid'
  | 'period-too-long'
  | 'precondition-failed'
  | 'https-required'
  | 'notification-url-missing'
  | 'test-profile-only'
  | 'switch-not-ready'
  | 'payment-refused'
  | 'register-day-not-past'
  | 'register-no-recipients';

/** Everything a refusal says; a plain value, so rules can return one without throwing. */
export interface Refusal {
  code: RefusalCode;
  status: GatewayErrorStatus;
  firstcode: number;
  secondcode?: number;
  field?: string;
  message: string;
}

/**
 * An action the gateway refuses. Carries everything an HTTP adapter needs: status, the stable
 * code, the gateway's codes and, for bad input, the field to point at.
 */
export class GatewayError extends Error {
  readonly code: RefusalCode;
  readonly status: GatewayErrorStatus;
  readonly firstcode: number;
  readonly secondcode: number | undefined;
  readonly field: string | undefined;

  constructor(init: Refusal) {
    super(init.message);
    this.name = 'GatewayError';
    this.code = init.code;
    this.status = init.status;
    this.firstcode = init.firstcode;
    this.secondcode = init.secondcode;
    this.field = init.field;
  }
}

export function notFound(what: string): GatewayError {
  return new GatewayError({
    code: 'not-found',
    status: 404,
    firstcode: FIRSTCODE.notFound,
    secondcode: SECONDCODE.order,
    message: what,
  });
}

/** An action the order's state does not allow. */
export function illegalState(
  code: RefusalCode,
  message: string,
  secondcode: number = SECONDCODE.order,
  firstcode: number = FIRSTCODE.forbiddenOperation,
): Refusal {
  return { code, status: 409, firstcode, secondcode, message };
}

export function badAmount(
  code: 'amount-invalid' | 'amount-not-positive' | 'amount-exceeds-remaining',
  message: string,
): Refusal {
  return { code, status: 422, firstcode: FIRSTCODE.badValue, secondcode: SECONDCODE.amount, field: 'amount', message };
}

export function badCurrency(message: string): Refusal {
  return {
    code: 'currency-mismatch',
    status: 422,
    firstcode: FIRSTCODE.badValue,
    secondcode: SECONDCODE.currency,
    field: 'currency',
    message,
  };
}

export function isGatewayError(error: unknown): error is GatewayError {
  return error instanceof GatewayError;
}
