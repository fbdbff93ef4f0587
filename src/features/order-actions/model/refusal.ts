import { isApiError } from '@/api/problem';

/** The gateway's refusal codes the cabinet explains in its own words (mocks/README.md). */
export const REFUSAL_CODES = [
  'not-confirmable',
  'not-cancellable',
  'deadline-passed',
  'order-closed',
  'partial-not-allowed',
  'amount-currency-together',
  'amount-invalid',
  'amount-not-positive',
  'amount-exceeds-remaining',
  'currency-mismatch',
  'idempotency-key-reused',
  'payment-not-pending',
  'conflict',
  'forbidden',
  'not-found',
  'unauthenticated',
  'validation',
  'internal',
  'network',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** Refusals about the amount itself: shown under the amount field. */
const AMOUNT_CODES: ReadonlySet<RefusalCode> = new Set<RefusalCode>([
  'amount-invalid',
  'amount-not-positive',
  'amount-exceeds-remaining',
  'currency-mismatch',
  'amount-currency-together',
]);

export interface Refusal {
  code: RefusalCode;
  /** The server's own words, shown under ours for support. */
  detail: string | null;
  /** Nothing happened or it may have: the same request (same key) may be sent again. */
  retryable: boolean;
  /** Nothing more can be sent from this dialog: closing it is all there is. */
  final: boolean;
  /** The order is not what the dialog showed: reload it and show its state. */
  stale: boolean;
  field: 'amount' | null;
}

function knownCode(code: string | undefined): RefusalCode | null {
  return code !== undefined && (REFUSAL_CODES as readonly string[]).includes(code) ? (code as RefusalCode) : null;
}

function fallbackCode(status: number): RefusalCode {
  if (status === 0) return 'network';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 422) return 'validation';
  return 'internal';
}

/** What a failed confirm or cancel means for the person in front of the dialog. */
export function refusalOf(error: unknown): Refusal {
  if (!isApiError(error)) {
    return { code: 'internal', detail: null, retryable: true, final: false, stale: false, field: null };
  }
  const { status, detail } = error.problem;
  const code = knownCode(error.problem.code) ?? fallbackCode(status);
  const retryable = status === 0 || status >= 500;
  return {
    code,
    detail: detail ?? null,
    retryable,
    // A lapsed session is answered by signing in again over the page; then the same form, still
    // filled in, can be sent as it is.
    final: !retryable && status !== 401,
    // Someone else moved the order meanwhile: its remaining amount is no longer what was shown.
    stale: status === 409 || code === 'amount-exceeds-remaining',
    field: AMOUNT_CODES.has(code) ? 'amount' : null,
  };
}
