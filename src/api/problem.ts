import { z } from 'zod';
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
    status: z.number().int(),
    detail: z.string().optional(),
    /** Machine-readable reason, stable across languages (e.g. "unauthenticated"). */
    code: z.string().optional(),
    firstcode: z.number().int().optional(),
    secondcode: z.number().int().optional(),
    errors: z.array(FieldError).optional(),
    /** On a 403 for a missing grant: which one. */
    missingRight: Right.optional(),
    /** On a 429 for a locked login: seconds until it may try again. */
    retryAfter: z.number().int().optional(),
  })
  .meta({ id: 'Problem' });
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
