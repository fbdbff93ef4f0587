import { beforeEach, describe, expect, it } from 'vitest';
import { LoginResponse, Meta, SessionInfo } from '@/api/session';
import { Problem } from '@/api/problem';
import { resetMockConfig } from '../../../mocks/handlers/config';
import { resetGateway } from '../../../mocks/runtime';
import { call, NOW, signIn } from './api';

beforeEach(() => {
  resetGateway({ liveOrders: 30, testOrders: 5, now: NOW });
  resetMockConfig();
});

describe('meta and session endpoints', () => {
  it('describes the demo without a session', async () => {
    const answer = await call('GET', '/meta');
    expect(answer.status).toBe(200);
    expect(Meta.parse(answer.body)).toEqual({
      demo: true,
      demoUsers: [
        { login: 'admin', role: 'admin' },
        { login: 'accountant', role: 'accountant' },
        { login: 'viewer', role: 'viewer' },
      ],
      demoPassword: 'Demo1234',
    });
  });

  it('signs in with the demo password and returns rights, enterprise and both profiles', async () => {
    const answer = await call('POST', '/session', { body: { login: 'accountant', password: 'Demo1234' } });
    expect(answer.status).toBe(200);
    const session = LoginResponse.parse(answer.body);
    expect(session.user.rights).toEqual(['monitor', 'confirm', 'cancel', 'export']);
    expect(session.enterprise).toEqual({ name: 'Книжный дом «Полка»', timezone: 'Europe/Moscow' });
    expect(session.profiles.map((profile) => [profile.id, profile.mode])).toEqual([
      ['600401', 'live'],
      ['900401', 'test'],
    ]);
    expect(session.token).toMatch(/^mock\.accountant\.[0-9a-f]{24}$/);
  });

  it('refuses a wrong password with a 401 problem', async () => {
    const answer = await call('POST', '/session', { body: { login: 'admin', password: 'nope' } });
    expect(answer.status).toBe(401);
    expect(answer.contentType).toBe('application/problem+json');
    expect(Problem.parse(answer.body)).toMatchObject({ code: 'unauthenticated', firstcode: 7 });
  });

  it('answers 422 naming the field for a bad or malformed body', async () => {
    const missing = await call('POST', '/session', { body: { password: 'Demo1234' } });
    expect(missing.status).toBe(422);
    expect(Problem.parse(missing.body).errors?.map((error) => error.field)).toEqual(['login']);
    const malformed = await call('POST', '/session', { rawBody: '{"login":' });
    expect(malformed.status).toBe(422);
    expect(Problem.parse(malformed.body).errors).toEqual([{ field: 'body', message: 'Malformed JSON' }]);
  });

  it('needs a valid token for the session, and the token survives a re-created gateway', async () => {
    expect((await call('GET', '/session')).status).toBe(401);
    expect((await call('GET', '/session', { token: 'mock.admin.nothex' })).status).toBe(401);
    expect((await call('GET', '/session', { token: 'mock.root.0123456789abcdef01234567' })).status).toBe(401);
    const token = await signIn('viewer');
    resetGateway({ liveOrders: 10, testOrders: 0, now: NOW });
    const answer = await call('GET', '/session', { token });
    expect(answer.status).toBe(200);
    expect(SessionInfo.parse(answer.body).user).toEqual({ login: 'viewer', name: 'Павел Орлов', rights: ['monitor'] });
  });

  it('signs out with 204, after which the token is refused', async () => {
    const token = await signIn();
    const answer = await call('DELETE', '/session', { token });
    expect(answer.status).toBe(204);
    expect(answer.body).toBeUndefined();
    expect((await call('GET', '/session', { token })).status).toBe(401);
    expect((await call('GET', '/profiles/600401/orders', { token })).status).toBe(401);
  });

  it('answers unknown API paths with a 404 problem', async () => {
    const answer = await call('GET', '/nothing-here');
    expect(answer.status).toBe(404);
    expect(Problem.parse(answer.body).code).toBe('not-found');
  });
});
