import { beforeEach, describe, expect, it } from 'vitest';
import { Problem } from '@/api/problem';
import { SessionInfo } from '@/api/session';
import { RecoveryCodes, TotpEnrolment } from '@/api/totp';
import { MINUTE } from '../../../mocks/gateway/clock';
import { resetMockConfig } from '../../../mocks/handlers/config';
import { getGateway, resetGateway } from '../../../mocks/runtime';
import { totpCode } from '../../support/totp-code';
import { call, NOW, signIn, type Credentials } from './api';

beforeEach(() => {
  resetGateway({ liveOrders: 5, testOrders: 5, now: NOW });
  resetMockConfig();
});

const attempt = (login: string, password: string, code?: string) =>
  call('POST', '/session', { body: { login, password, ...(code === undefined ? {} : { code }) } });

async function createUser(admin: Credentials, login: string, extra: Record<string, unknown> = {}) {
  return call('POST', '/users', {
    token: admin,
    body: {
      login,
      name: 'Ольга Экспортова',
      rights: ['monitor', 'export'],
      profileIds: ['900401'],
      temporaryPassword: 'Temporary123',
      ...extra,
    },
  });
}

describe('brute force: five failures lock the login for 15 minutes', () => {
  it('locks after the fifth wrong password, refuses even the right one meanwhile, and opens after 15 minutes', async () => {
    for (let i = 1; i <= 4; i += 1) expect((await attempt('accountant', `Wrong${i}`)).status).toBe(401);
    const fifth = await attempt('accountant', 'Wrong5');
    expect(fifth.status).toBe(429);
    expect(Problem.parse(fifth.body)).toMatchObject({ code: 'locked', retryAfter: 900 });
    expect(fifth.response.headers.get('Retry-After')).toBe('900');
    expect((await attempt('accountant', 'Demo1234')).status).toBe(429);
    getGateway().clock.advance(14 * MINUTE);
    expect((await attempt('accountant', 'Demo1234')).status).toBe(429);
    getGateway().clock.advance(MINUTE);
    expect((await attempt('accountant', 'Demo1234')).status).toBe(200);
  });

  it('answers an unknown login exactly as a known one: same status, same body, same lock', async () => {
    const strip = (body: unknown) => Problem.parse(body);
    for (let i = 1; i <= 5; i += 1) {
      const known = await attempt('viewer', `Wrong${i}`);
      const unknown = await attempt('nobody_here', `Wrong${i}`);
      expect(unknown.status).toBe(known.status);
      expect(strip(unknown.body)).toEqual(strip(known.body));
    }
  });

  it('takes as long for an unknown login as for a wrong password (the digest is computed either way)', async () => {
    // Alternating samples, the fastest of each: the cost of the work itself, with the noise of a
    // busy machine (GC, other processes) left out. The lock is lifted between samples.
    const cost = { admin: Infinity, no_such_user: Infinity };
    for (let i = 0; i < 30; i += 1) {
      for (const login of ['admin', 'no_such_user'] as const) {
        getGateway().access.state.lockout.succeed(login);
        const started = performance.now();
        await attempt(login, 'Wrong-password-1');
        cost[login] = Math.min(cost[login], performance.now() - started);
      }
    }
    expect(cost.no_such_user / cost.admin).toBeGreaterThan(0.5);
    expect(cost.no_such_user / cost.admin).toBeLessThan(2);
  });

  it('a successful sign-in starts the count again', async () => {
    for (let i = 1; i <= 4; i += 1) await attempt('viewer', `Wrong${i}`);
    expect((await attempt('viewer', 'Demo1234')).status).toBe(200);
    for (let i = 1; i <= 4; i += 1) expect((await attempt('viewer', `Wrong${i}`)).status).toBe(401);
  });
});

describe('logins, passwords and the first sign-in', () => {
  it('keeps the demo accounts on their short logins, without 2FA or a forced change', async () => {
    for (const login of ['admin', 'accountant', 'viewer']) {
      const session = SessionInfo.parse((await attempt(login, 'Demo1234')).body);
      expect(session.user).toMatchObject({ login, pending: null, totpEnabled: false });
    }
  });

  it('asks new logins for 8–20 Latin letters, digits or "_" and passwords for upper, lower case and digits', async () => {
    const admin = await signIn('admin');
    const short = await createUser(admin, 'olga');
    expect(short.status).toBe(422);
    expect(Problem.parse(short.body).errors?.map((error) => error.field)).toEqual(['login']);
    expect((await createUser(admin, 'ольга_экспорт')).status).toBe(422);
    const weak = await createUser(admin, 'olga_export', { temporaryPassword: 'lowercase123' });
    expect(Problem.parse(weak.body).errors?.map((error) => error.field)).toEqual(['temporaryPassword']);
    expect((await createUser(admin, 'olga_export', { temporaryPassword: 'Sh0rt' })).status).toBe(422);
    expect((await createUser(admin, 'olga_export')).status).toBe(200);
    expect((await createUser(admin, 'OLGA_EXPORT')).status).toBe(409);
  });

  it('makes a new user change the temporary password first, and refuses the last three again', async () => {
    const admin = await signIn('admin');
    await createUser(admin, 'olga_export');
    const olga = await signIn('olga_export', 'Temporary123');
    const session = SessionInfo.parse((await call('GET', '/session', { token: olga })).body);
    expect(session.user.pending).toBe('password-change');
    expect(session.profiles.map((profile) => profile.id)).toEqual(['900401']);
    const blocked = await call('GET', '/profiles/900401/orders', { token: olga });
    expect(Problem.parse(blocked.body)).toMatchObject({ status: 403, code: 'password-change-required' });

    const change = (currentPassword: string, newPassword: string) =>
      call('PUT', '/session/password', { token: olga, body: { currentPassword, newPassword } });
    expect(Problem.parse((await change('Temporary123', 'Temporary123')).body).code).toBe('password-reused');
    expect(Problem.parse((await change('Wrong123456', 'Fresh12345')).body).code).toBe('password-wrong');
    expect((await change('Temporary123', 'Fresh12345')).status).toBe(200);
    expect((await call('GET', '/profiles/900401/orders', { token: olga })).status).toBe(200);
    expect((await change('Fresh12345', 'Second12345')).status).toBe(200);
    expect((await change('Second12345', 'Third123456')).status).toBe(200);
    expect(Problem.parse((await change('Third123456', 'Fresh12345')).body).code).toBe('password-reused');
    expect((await change('Third123456', 'Fourth12345')).status).toBe(200);
    expect((await change('Fourth12345', 'Fresh12345')).status).toBe(200);
  });
});

describe('the manage-users right protects itself', () => {
  it('no admin removes their own manage-users right; the last holder can be neither disabled nor deleted', async () => {
    const admin = await signIn('admin');
    const own = await call('PATCH', '/users/admin', { token: admin, body: { rights: ['monitor'] } });
    expect(Problem.parse(own.body)).toMatchObject({ status: 409, code: 'own-user-manager' });
    expect(Problem.parse((await call('POST', '/users/admin/disable', { token: admin })).body).code).toBe(
      'last-user-manager',
    );
    expect(Problem.parse((await call('DELETE', '/users/admin', { token: admin })).body).code).toBe('last-user-manager');
    expect((await call('DELETE', '/users/nobody_at_all', { token: admin })).status).toBe(404);
  });
});

describe('TOTP second factor (RFC 6238)', () => {
  it('computes the RFC 6238 test vector with the test’s own implementation', () => {
    // RFC 6238 appendix B: secret "12345678901234567890", T = 59 s → 94287082 (8 digits).
    expect(totpCode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 59_000)).toBe('287082');
  });

  it('enrols with a code, then signs in only with a code or a one-time recovery code', async () => {
    const viewer = await signIn('viewer');
    const enrolment = TotpEnrolment.parse((await call('POST', '/session/totp', { token: viewer })).body);
    expect(enrolment.uri).toContain(`secret=${enrolment.secret}`);
    const now = getGateway().clock.now();
    expect((await call('POST', '/session/totp/confirm', { token: viewer, body: { code: '000000' } })).status).toBe(422);
    const confirmed = await call('POST', '/session/totp/confirm', {
      token: viewer,
      body: { code: totpCode(enrolment.secret, now) },
    });
    const { recoveryCodes } = RecoveryCodes.parse(confirmed.body);

    const asked = await attempt('viewer', 'Demo1234');
    expect(Problem.parse(asked.body)).toMatchObject({ status: 401, code: 'second-factor-required' });
    expect(asked.response.headers.get('Set-Cookie')).toBeNull();
    expect(Problem.parse((await attempt('viewer', 'Demo1234', '123456')).body).code).toBe('code-invalid');
    const withCode = await attempt('viewer', 'Demo1234', totpCode(enrolment.secret, getGateway().clock.now()));
    expect(SessionInfo.parse(withCode.body).user.totpEnabled).toBe(true);

    expect((await attempt('viewer', 'Demo1234', recoveryCodes[0])).status).toBe(200);
    expect(Problem.parse((await attempt('viewer', 'Demo1234', recoveryCodes[0])).body).code).toBe('code-invalid');
    const actions = getGateway()
      .auditLog()
      .map((entry) => `${entry.action}:${entry.outcome}`);
    expect(actions).toContain('totp-enable:applied');
  });

  it('with 2FA required for everyone, a user without it must enrol before anything else', async () => {
    const admin = await signIn('admin');
    expect((await call('PUT', '/security', { token: admin, body: { requireTotp: true } })).status).toBe(200);
    const viewer = await signIn('viewer');
    const session = SessionInfo.parse((await call('GET', '/session', { token: viewer })).body);
    expect(session.user.pending).toBe('totp-enrolment');
    const blocked = await call('GET', '/profiles/600401/orders', { token: viewer });
    expect(Problem.parse(blocked.body).code).toBe('totp-enrolment-required');
    const enrolment = TotpEnrolment.parse((await call('POST', '/session/totp', { token: viewer })).body);
    const code = totpCode(enrolment.secret, getGateway().clock.now());
    expect((await call('POST', '/session/totp/confirm', { token: viewer, body: { code } })).status).toBe(200);
    expect((await call('GET', '/profiles/600401/orders', { token: viewer })).status).toBe(200);
  });
});
