import type * as z from 'zod/mini';

/**
 * Form errors are kept as language-free codes ("too-small-number:5", "url-https") and put into
 * words when shown, so an error already on screen follows a change of language. The contract's
 * own refinements already speak in such codes; this map names the rest.
 */
export const formErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'required';
      return `too-small-${kindOf(issue.origin)}:${String(issue.minimum)}`;
    case 'too_big':
      return `too-big-${kindOf(issue.origin)}:${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.format === 'email' ? 'email' : 'format';
    case 'invalid_type':
      return issue.expected === 'number' ? 'number' : 'required';
    default:
      return 'invalid';
  }
};

function kindOf(origin: string): 'string' | 'number' | 'array' {
  return origin === 'number' || origin === 'int' ? 'number' : origin === 'array' ? 'array' : 'string';
}

/** The codes with a message of their own; anything else is shown as "invalid". */
export const FORM_ERROR_CODES = [
  'required',
  'invalid',
  'format',
  'number',
  'email',
  'url-absolute',
  'url-https',
  'inn',
  'bik',
  'account',
  'pem',
  'secret-weak',
  'secret-spaces',
  'secret-repetitive',
  'too-small-string',
  'too-small-number',
  'too-small-array',
  'too-big-string',
  'too-big-number',
  'too-big-array',
] as const;
export type FormErrorCode = (typeof FORM_ERROR_CODES)[number];

/** "too-small-number:5" → the code and its limit; unknown text → "invalid". */
export function parseErrorCode(message: string | undefined): { code: FormErrorCode; limit: string } {
  const [code = '', limit = ''] = (message ?? '').split(':');
  const known = FORM_ERROR_CODES.find((candidate) => candidate === code);
  return { code: known ?? 'invalid', limit };
}

/** A 422 from the gateway in the same codes: its own refusal codes map, zod's English text does not. */
export function serverErrorCode(problemCode: string | undefined, message: string): string {
  if (problemCode === 'https-required') return 'url-https';
  return FORM_ERROR_CODES.some((code) => message === code || message.startsWith(`${code}:`)) ? message : 'invalid';
}
