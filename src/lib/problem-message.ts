import { isApiError } from '@/api/problem';

export type ProblemMessageKey =
  'internal' | 'unavailable' | 'network' | 'forbidden' | 'notFound' | 'conflict' | 'validation' | 'unexpected';

const BY_CODE: Record<string, ProblemMessageKey> = {
  internal: 'internal',
  network: 'network',
  forbidden: 'forbidden',
  'not-found': 'notFound',
  conflict: 'conflict',
  validation: 'validation',
};

function byStatus(status: number): ProblemMessageKey {
  if (status === 0) return 'network';
  if (status === 502 || status === 503 || status === 504) return 'unavailable';
  if (status >= 500) return 'internal';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409) return 'conflict';
  if (status === 400 || status === 422) return 'validation';
  return 'unexpected';
}

/**
 * What a failed request means for the person, as a message key of the cabinet's own (the
 * server's title and detail are for logs: they may be in another language or name internals),
 * and the code to quote to support: the problem's stable code and HTTP status.
 */
export function describeProblem(error: unknown): { key: ProblemMessageKey; supportCode: string | null } {
  if (!isApiError(error)) return { key: 'unexpected', supportCode: null };
  const { code, status } = error.problem;
  const key = (code && BY_CODE[code]) || byStatus(status);
  const supportCode =
    key === 'network' ? null : [code, status > 0 ? `HTTP ${status}` : null].filter(Boolean).join(' · ');
  return { key, supportCode: supportCode || null };
}
