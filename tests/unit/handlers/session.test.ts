import { beforeEach, describe, expect, it } from 'vitest';
import { LoginResponse, Meta } from '@/api/session';
import { Problem } from '@/api/problem';
import { resetMockConfig } from '../../../mocks/handlers/config';
import { getGateway, resetGateway } from '../../../mocks/runtime';
import { MINUTE } from '../../../mocks/gateway/clock';
import { call, NOW, sessionCookieOf, signIn } from './api';

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

  it('signs in with the demo password and returns rights, enterprise, the profiles and a CSRF token', async () => {
    const answer = await call('POST', '/session', { body: { login: 'accountant', password: 'Demo1234' } });
    expect(answer.status).toBe(200);
    const session = LoginResponse.parse(answer.body);
    expect(session.user).toEqual({
      login: 'accountant',
      name: 'Марина Кузнецова',
      rights: ['monitor', 'confirm', 'cancel', 'export'],
      totpEnabled: false,
      pending: null,
    });
    expect(session.enterprise).toEqual({ name: 'Книжный дом «Полка»', timezone: 'Europe/Moscow' });
    expect(session.profiles.map((profile) => [profile.id, profile.mode])).toEqual([
      ['600401', 'live'],
      ['900401', 'test'],
      // The second shop, connected lately: a test profile only, until it goes live.
      ['900402', 'test'],
    ]);
    expect(session.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.idleExpiresAt).toBe('2026-11-28T09:30:00.000Z');
    expect(session.expiresAt).toBe('2026-11-28T21:00:00.000Z');
    expect(answer.body).not.toHaveProperty('token');
  });

  it('keeps the session in an HttpOnly SameSite=Strict cookie, Secure behind https', async () => {
    const plain = await call('POST', '/session', { body: { login: 'viewer', password: 'Demo1234' } });
    const cookie = plain.response.headers.get('Set-Cookie') ?? '';
    expect(cookie).toMatch(/^cabinet_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    expect(cookie).not.toContain('Secure');
    const proxied = await call('POST', '/session', {
      body: { login: 'viewer', password: 'Demo1234' },
      headers: { 'X-Forwarded-Proto': 'https' },
    });
    expect(proxied.response.headers.get('Set-Cookie')).toMatch(/; Secure$/);
    expect(sessionCookieOf(proxied.response)).not.toBe(sessionCookieOf(plain.response));
  });

  it('refuses a wrong password with a 401 problem and sets no cookie', async () => {
    const answer = await call('POST', '/session', { body: { login: 'admin', password: 'nope' } });
    expect(answer.status).toBe(401);
    expect(answer.contentType).toBe('application/problem+json');
    expect(Problem.parse(answer.body)).toMatchObject({ code: 'unauthenticated', firstcode: 7 });
    expect(answer.response.headers.get('Set-Cookie')).toBeNull();
  });

  it('answers 422 naming the field for a bad or malformed body', async () => {
    const missing = await call('POST', '/session', { body: { password: 'Demo1234' } });
    expect(missing.status).toBe(422);
    expect(Problem.parse(missing.body).errors?.map((error) => error.field)).toEqual(['login']);
    const malformed = await call('POST', '/session', { rawBody: '{"login":' });
    expect(malformed.status).toBe(422);
    expect(Problem.parse(malformed.body).errors).toEqual([{ field: 'body', message: 'Malformed JSON' }]);
  });

  it('accepts only sessions it issued: made-up, old-style and other servers’ ids are 401', async () => {
    const forged = (session: string) => call('GET', '/session', { token: { session, csrf: 'x' } });
    expect((await call('GET', '/session')).status).toBe(401);
    expect((await forged('mock.admin.0123456789abcdef01234567')).status).toBe(401);
    expect((await forged('mock.viewer.ffffffffffffffffffffffff')).status).toBe(401);
    expect((await forged('A'.repeat(43))).status).toBe(401);
    const token = await signIn('viewer');
    expect((await forged(`${token.session.slice(0, -1)}${token.session.endsWith('A') ? 'B' : 'A'}`)).status).toBe(401);
    resetGateway({ liveOrders: 10, testOrders: 0, now: NOW });
    const restarted = await call('GET', '/session', { token });
    expect(restarted.status).toBe(401);
    expect(restarted.response.headers.get('Set-Cookie')).toMatch(/^cabinet_session=; .*Max-Age=0/);
  });

  it('signs out with 204 on the server: the same cookie replayed afterwards is refused everywhere', async () => {
    const token = await signIn();
    const answer = await call('DELETE', '/session', { token });
    expect(answer.status).toBe(204);
    expect(answer.body).toBeUndefined();
    expect(answer.response.headers.get('Set-Cookie')).toMatch(/Max-Age=0/);
    expect((await call('GET', '/session', { token })).status).toBe(401);
    expect((await call('GET', '/profiles/600401/orders', { token })).status).toBe(401);
    expect((await call('DELETE', '/session', { token })).status).toBe(401);
  });

  it('ends an idle session after 30 minutes and any session after 12 hours, on the gateway’s clock', async () => {
    const idle = await signIn('viewer');
    getGateway().clock.advance(29 * MINUTE);
    expect((await call('GET', '/profiles/600401/orders', { token: idle })).status).toBe(200);
    getGateway().clock.advance(29 * MINUTE);
    expect((await call('GET', '/session', { token: idle })).status).toBe(200);
    getGateway().clock.advance(30 * MINUTE);
    expect((await call('GET', '/session', { token: idle })).status).toBe(401);

    const busy = await signIn('viewer');
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      getGateway().clock.advance(20 * MINUTE);
      expect((await call('GET', '/session', { token: busy })).status).toBe(200);
    }
    getGateway().clock.advance(20 * MINUTE);
    expect((await call('GET', '/session', { token: busy })).status).toBe(401);
  });

  it('refuses a state-changing request without the session’s CSRF token (403), even signing out', async () => {
    const token = await signIn('admin');
    const noCsrf = await call('DELETE', '/session', { headers: { Cookie: `cabinet_session=${token.session}` } });
    expect(noCsrf.status).toBe(403);
    expect(Problem.parse(noCsrf.body).code).toBe('csrf-token-invalid');
    const other = await signIn('admin');
    const wrong = await call('DELETE', '/session', { token: { session: token.session, csrf: other.csrf } });
    expect(wrong.status).toBe(403);
    expect((await call('GET', '/session', { token })).status).toBe(200);
  });

  it('never adopts a session id the browser brings to sign-in (no fixation)', async () => {
    const planted = 'attacker-chosen-session-id-0000000000000000';
    const answer = await call('POST', '/session', {
      body: { login: 'admin', password: 'Demo1234' },
      headers: { Cookie: `cabinet_session=${planted}` },
    });
    const issued = sessionCookieOf(answer.response);
    expect(issued).not.toBeNull();
    expect(issued).not.toBe(planted);
    expect((await call('GET', '/session', { token: { session: planted, csrf: 'x' } })).status).toBe(401);

    const before = await signIn('admin');
    const again = await call('POST', '/session', {
      body: { login: 'admin', password: 'Demo1234' },
      headers: { Cookie: `cabinet_session=${before.session}` },
    });
    expect(sessionCookieOf(again.response)).not.toBe(before.session);
    expect((await call('GET', '/session', { token: before })).status).toBe(401);
  });

  it('answers unknown API paths with a 404 problem', async () => {
    const answer = await call('GET', '/nothing-here');
    expect(answer.status).toBe(404);
    expect(Problem.parse(answer.body).code).toBe('not-found');
  });
});
