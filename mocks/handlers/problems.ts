import * as z from 'zod/mini';
import { PROBLEM_CONTENT_TYPE, type FieldError, type Problem } from '@/api/problem';
import type { AccessError } from '../gateway/access/access-error';
import type { GatewayError } from '../gateway/errors';

/** The gateway's field errors are in English, as the real gateway's are (`zod/mini` has no messages of its own). */
z.config(z.locales.en());

/** Stable machine codes of docs/conventions.md, by HTTP status. */
const CODES: Record<number, { code: string; title: string }> = {
  401: { code: 'unauthenticated', title: 'Sign-in required' },
  403: { code: 'forbidden', title: 'Not allowed' },
  404: { code: 'not-found', title: 'Not found' },
  405: { code: 'method-not-allowed', title: 'Method not allowed' },
  409: { code: 'conflict', title: 'Conflict' },
  422: { code: 'validation', title: 'Invalid request' },
  429: { code: 'locked', title: 'Too many attempts' },
  500: { code: 'internal', title: 'Internal error' },
};

export function problemBody(status: number, extra: Partial<Problem> = {}): Problem {
  const known = CODES[status] ?? { code: 'error', title: 'Error' };
  return {
    type: `https://docs.polka-cabinet.example/problems/${extra.code ?? known.code}`,
    title: known.title,
    status,
    code: known.code,
    ...extra,
  };
}

export function problemResponse(status: number, extra: Partial<Problem> = {}): Response {
  return new Response(JSON.stringify(problemBody(status, extra)), {
    status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE },
  });
}

export function validationProblem(errors: FieldError[]): Response {
  const detail = errors.map((error) => `${error.field}: ${error.message}`).join('; ');
  return problemResponse(422, { detail, errors });
}

export type InputScope = 'query' | 'params' | 'body' | 'headers';

/**
 * Zod issues as field errors. Query and path parameters are named by their key alone (a list
 * item's index means nothing to the user); an unknown key is reported under its own name; a
 * header by its lower-case name, with a plain "required" when it is missing.
 */
export function fieldErrors(error: z.core.$ZodError, scope: InputScope): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: key, message: `Unknown parameter "${key}"` }));
    }
    const path = scope === 'body' ? issue.path.map(String).join('.') : String(issue.path[0] ?? '');
    const message =
      scope === 'headers' && issue.code === 'invalid_type' ? `Header "${path}" is required` : issue.message;
    return [{ field: path === '' ? scope : path, message }];
  });
}

/** A domain refusal as a problem with the gateway's own codes. */
export function gatewayProblem(error: GatewayError): Response {
  return problemResponse(error.status, {
    code: error.code,
    detail: error.message,
    firstcode: error.firstcode,
    ...(error.secondcode === undefined ? {} : { secondcode: error.secondcode }),
    ...(error.status === 422 && error.field ? { errors: [{ field: error.field, message: error.message }] } : {}),
  });
}

/** An access refusal: its code, the missing right on a 403, Retry-After on a lockout. */
export function accessProblem(error: AccessError, headers: HeadersInit = {}): Response {
  const response = problemResponse(error.status, {
    code: error.code,
    detail: error.message,
    firstcode: error.firstcode,
    ...(error.missingRight ? { missingRight: error.missingRight } : {}),
    ...(error.retryAfter === undefined ? {} : { retryAfter: error.retryAfter }),
    ...(error.field ? { errors: [{ field: error.field, message: error.message }] } : {}),
  });
  new Headers(headers).forEach((value, name) => response.headers.append(name, value));
  if (error.retryAfter !== undefined) response.headers.set('Retry-After', String(error.retryAfter));
  return response;
}
