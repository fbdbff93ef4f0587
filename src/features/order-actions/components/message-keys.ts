import type { AmountError } from '../model/amount-rules';
import type { IneligibleReason } from '../model/eligibility';
import type { RefusalCode } from '../model/refusal';

/** Model codes (stable, kebab-case like the gateway's) to their translation keys. */
export const AMOUNT_ERROR_KEYS = {
  empty: 'empty',
  format: 'format',
  ambiguous: 'ambiguous',
  negative: 'negative',
  'too-many-decimals': 'tooManyDecimals',
  'currency-mismatch': 'currencyMismatch',
  'not-positive': 'notPositive',
  'exceeds-remaining': 'exceedsRemaining',
} as const satisfies Record<AmountError, string>;

export const INELIGIBLE_KEYS = {
  'not-paid': 'notPaid',
  failed: 'failed',
  'one-stage': 'oneStage',
  'already-confirmed': 'alreadyConfirmed',
  'deadline-passed': 'deadlinePassed',
  'nothing-left': 'nothingLeft',
  unavailable: 'unavailable',
} as const satisfies Record<IneligibleReason, string>;

export const REFUSAL_KEYS = {
  'not-confirmable': 'notConfirmable',
  'not-cancellable': 'notCancellable',
  'deadline-passed': 'deadlinePassed',
  'order-closed': 'orderClosed',
  'partial-not-allowed': 'partialNotAllowed',
  'amount-currency-together': 'amountCurrencyTogether',
  'amount-invalid': 'amountInvalid',
  'amount-not-positive': 'amountNotPositive',
  'amount-exceeds-remaining': 'amountExceedsRemaining',
  'currency-mismatch': 'currencyMismatch',
  'idempotency-key-reused': 'idempotencyKeyReused',
  'payment-not-pending': 'paymentNotPending',
  conflict: 'conflict',
  forbidden: 'forbidden',
  'not-found': 'notFound',
  unauthenticated: 'unauthenticated',
  validation: 'validation',
  internal: 'internal',
  network: 'network',
} as const satisfies Record<RefusalCode, string>;
