import * as z from 'zod/mini';
import { Right } from './rights';

/** RFC 9457 problem details, plus the gateway's own firstcode/secondcode where they apply. */
export const FieldError = z.object({
  field: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.optional(z.string()),
    /** Machine-readable reason, stable across languages (e.g. "unauthenticated"). */
    code: z.optional(z.string()),
    firstcode: z.optional(z.int()),
    secondcode: z.optional(z.int()),
    errors: z.optional(z.array(FieldError)),
    /** On a 403 for a missing grant: which one. */
    missingRight: z.optional(Right),
    /** On a 429 for a locked login: seconds until it may try again. */
    retryAfter: z.optional(z.int()),
  })
  .register(z.globalRegistry, { id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Thrown by the client for every non-2xx answer and for answers that break the contract. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
