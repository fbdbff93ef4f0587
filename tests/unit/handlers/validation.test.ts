import { beforeAll, describe, expect, it } from 'vitest';
import { Problem } from '@/api/problem';
import { resetMockConfig } from '../../../mocks/handlers/config';
import { resetGateway } from '../../../mocks/runtime';
import { call, NOW, signIn } from './api';
import type { Credentials } from './api';

let token: Credentials;
beforeAll(async () => {
  resetGateway({ liveOrders: 50, testOrders: 5, now: NOW });
  resetMockConfig();
  token = await signIn('viewer');
});

async function fields(path: string): Promise<string[]> {
  const answer = await call('GET', path, { token });
  expect(answer.status, path).toBe(422);
  expect(answer.contentType).toBe('application/problem+json');
  const problem = Problem.parse(answer.body);
  expect(problem.code).toBe('validation');
  return (problem.errors ?? []).map((error) => error.field);
}

describe('request validation (422 naming the field)', () => {
  it.each([
    ['?page=0', 'page'],
    ['?page=abc', 'page'],
    ['?pageSize=1000', 'pageSize'],
    ['?state=Paid', 'state'],
    ['?state=Approved,Nope', 'state'],
    ['?from=yesterday', 'from'],
    ['?to=2026-13-01T00:00:00Z', 'to'],
    ['?sort=customer', 'sort'],
    ['?amountFrom=1,5', 'amountFrom'],
    ['?cardFirst6=4111', 'cardFirst6'],
    ['?billnumber=12a', 'billnumber'],
    ['?currency=GBP', 'currency'],
    ['?colour=red', 'colour'],
  ])('%s → %s', async (search, field) => {
    expect(await fields(`/profiles/600401/orders${search}`)).toEqual([field]);
  });

  it('reports every bad field at once', async () => {
    expect((await fields('/profiles/600401/orders?page=0&pageSize=0&x=1')).sort()).toEqual(['page', 'pageSize', 'x']);
  });

  it('checks path parameters too', async () => {
    expect(await fields('/profiles/600401/orders/12345')).toEqual(['billnumber']);
    expect(await fields('/profiles/bad%20id/orders')).toEqual(['profileId']);
  });
});
