import { problemResponse } from '../handlers/problems';

/**
 * Problems the HTTP layer answers before a request reaches the handlers. Each carries its own
 * code and title, so problems.ts keeps only the statuses the handlers themselves produce.
 */
export function badRequest(detail: string): Response {
  return problemResponse(400, { code: 'bad-request', title: 'Bad request', detail });
}

export function payloadTooLarge(limitBytes: number): Response {
  return problemResponse(413, {
    code: 'payload-too-large',
    title: 'Payload too large',
    detail: `The body exceeds ${limitBytes} bytes`,
  });
}

export function originNotAllowed(origin: string): Response {
  return problemResponse(403, {
    code: 'origin-not-allowed',
    title: 'Origin not allowed',
    detail: `${origin} may not call this API`,
  });
}

export function methodNotAllowed(method: string, allowed: readonly string[]): Response {
  const response = problemResponse(405, {
    code: 'method-not-allowed',
    title: 'Method not allowed',
    detail: `${method} is not allowed here`,
  });
  response.headers.set('Allow', allowed.join(', '));
  return response;
}
