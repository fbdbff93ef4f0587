import { describe, expect, it } from 'vitest';
import { isApiError, ApiError } from '@/api/problem';
import { can } from '@/lib/permissions';
import { shouldRetryRequest } from '@/lib/query-policy';

describe('can', () => {
  const viewer = { user: { login: 'viewer', name: 'Viewer', rights: ['monitor' as const] } };
  const accountant = {
    user: {
      login: 'accountant',
      name: 'Accountant',
      rights: ['monitor' as const, 'confirm' as const, 'cancel' as const, 'export' as const],
    },
  };

  it('grants exactly the rights the user holds', () => {
    expect(can(viewer, 'monitor')).toBe(true);
    expect(can(viewer, 'confirm')).toBe(false);
    expect(can(accountant, 'cancel')).toBe(true);
    expect(can(accountant, 'settings')).toBe(false);
  });

  it('grants nothing without a session', () => {
    expect(can(null, 'monitor')).toBe(false);
    expect(can(undefined, 'monitor')).toBe(false);
  });
});

describe('shouldRetryRequest', () => {
  const problem = (status: number) => new ApiError({ type: 'about:blank', title: 'x', status });

  it('never retries client errors, 401 above all', () => {
    for (const status of [400, 401, 403, 404, 409, 422]) expect(shouldRetryRequest(0, problem(status))).toBe(false);
  });

  it('retries a dropped connection or a proxy failure once, and a server error never', () => {
    expect(isApiError(problem(500))).toBe(true);
    expect(shouldRetryRequest(0, problem(500))).toBe(false);
    expect(shouldRetryRequest(0, problem(0))).toBe(true);
    expect(shouldRetryRequest(0, problem(503))).toBe(true);
    expect(shouldRetryRequest(1, problem(503))).toBe(false);
    expect(shouldRetryRequest(0, new TypeError('failed to fetch'))).toBe(true);
  });
});
