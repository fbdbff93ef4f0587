import { beforeEach, describe, expect, it } from 'vitest';
import { endpoints, type EndpointName } from '@/api/endpoints';
import { Problem } from '@/api/problem';
import type { SettingsGroup } from '@/api/settings';
import { normalizeRights, PRESET_RIGHTS, PRESETS, RIGHTS, type Right } from '@/api/rights';
import { MINUTE } from '../../../mocks/gateway/clock';
import { resetMockConfig } from '../../../mocks/handlers/config';
import { getGateway, resetGateway } from '../../../mocks/runtime';
import { call, credentialHeaders, NOW, signIn, type Answer, type Credentials } from './api';

const LIVE = '600401';
const TEST = '900401';
const PASSWORD = 'Matrix1234';

/** What one endpoint is called with: a victim user and an order of the profile in question. */
interface Scene {
  profileId: string;
  billnumber: string;
  victim: string;
  /** A web-service account of the profile. */
  account: string;
}

interface Sample {
  path: (scene: Scene) => string;
  body?: (scene: Scene) => unknown;
  headers?: Record<string, string>;
}

let serial = 0;
const key = () => `matrix-key-${String((serial += 1)).padStart(6, '0')}`;

/**
 * A well-formed call of every endpoint. The type insists on every endpoint of the contract, so a
 * new endpoint cannot join the API without joining this matrix.
 */
const SAMPLES: Record<EndpointName, Sample> = {
  getMeta: { path: () => '/meta' },
  login: { path: () => '/session', body: () => ({ login: 'viewer', password: 'Demo1234' }) },
  getSession: { path: () => '/session' },
  logout: { path: () => '/session' },
  changePassword: {
    path: () => '/session/password',
    body: () => ({ currentPassword: PASSWORD, newPassword: 'Changed12345' }),
  },
  listSessions: { path: () => '/session/all' },
  endOtherSessions: { path: () => '/session/others' },
  startTotp: { path: () => '/session/totp' },
  confirmTotp: { path: () => '/session/totp/confirm', body: () => ({ code: '000000' }) },
  disableTotp: { path: () => '/session/totp', body: () => ({ code: '000000' }) },
  listUsers: { path: () => '/users' },
  createUser: {
    path: () => '/users',
    body: () => ({
      login: `created_${String(serial++).padStart(4, '0')}`,
      name: 'Новый сотрудник',
      rights: ['monitor'],
      profileIds: [TEST],
      temporaryPassword: 'Temporary123',
    }),
  },
  updateUser: { path: (s) => `/users/${s.victim}`, body: () => ({ rights: ['monitor', 'export'] }) },
  disableUser: { path: (s) => `/users/${s.victim}/disable` },
  enableUser: { path: (s) => `/users/${s.victim}/enable` },
  resetUserPassword: { path: (s) => `/users/${s.victim}/password`, body: () => ({ temporaryPassword: 'Reset123456' }) },
  endUserSessions: { path: (s) => `/users/${s.victim}/sessions` },
  deleteUser: { path: (s) => `/users/${s.victim}` },
  updateSecurity: { path: () => '/security', body: () => ({ requireTotp: false }) },
  listAudit: { path: () => '/audit?page=1&pageSize=10' },
  exportAudit: { path: () => '/audit/export' },
  listOrders: { path: (s) => `/profiles/${s.profileId}/orders` },
  countOrders: { path: (s) => `/profiles/${s.profileId}/orders/counts` },
  orderTotals: { path: (s) => `/profiles/${s.profileId}/orders/totals` },
  exportOrders: { path: (s) => `/profiles/${s.profileId}/orders/export` },
  getOrder: { path: (s) => `/profiles/${s.profileId}/orders/${s.billnumber}` },
  orderAudit: { path: (s) => `/profiles/${s.profileId}/orders/${s.billnumber}/audit` },
  confirmOrder: { path: (s) => `/profiles/${s.profileId}/orders/${s.billnumber}/confirm`, body: () => ({}) },
  cancelOrder: { path: (s) => `/profiles/${s.profileId}/orders/${s.billnumber}/cancel`, body: () => ({}) },
  ...settingsSamples(),
  listNotifications: { path: (s) => `/profiles/${s.profileId}/notifications` },
  notificationHealth: { path: (s) => `/profiles/${s.profileId}/notifications/health` },
  sendTestNotification: { path: (s) => `/profiles/${s.profileId}/notifications/test` },
  resendFailedNotifications: {
    path: (s) => `/profiles/${s.profileId}/notifications/resend-failed`,
    body: () => ({ from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' }),
  },
  resendNotification: { path: (s) => `/profiles/${s.profileId}/notifications/${notificationOf(s.profileId)}/resend` },
  orderNotifications: { path: (s) => `/profiles/${s.profileId}/orders/${s.billnumber}/notifications` },
  listWebServiceAccounts: { path: (s) => `/profiles/${s.profileId}/web-service-accounts` },
  createWebServiceAccount: {
    path: (s) => `/profiles/${s.profileId}/web-service-accounts`,
    body: () => ({ login: `ws_new_${String((serial += 1)).padStart(6, '0')}` }),
  },
  disableWebServiceAccount: { path: (s) => `/profiles/${s.profileId}/web-service-accounts/${s.account}/disable` },
  enableWebServiceAccount: { path: (s) => `/profiles/${s.profileId}/web-service-accounts/${s.account}/enable` },
  rotateWebServiceAccount: { path: (s) => `/profiles/${s.profileId}/web-service-accounts/${s.account}/password` },
  getOnboarding: { path: (s) => `/profiles/${s.profileId}/onboarding` },
  setContracts: { path: (s) => `/profiles/${s.profileId}/onboarding/contracts`, body: () => ({ signed: true }) },
  requestSwitch: { path: (s) => `/profiles/${s.profileId}/onboarding/switch` },
  getIntegration: { path: (s) => `/profiles/${s.profileId}/integration` },
  computeCheckValue: {
    path: (s) => `/profiles/${s.profileId}/integration/check-value`,
    body: () => ({ ordernumber: 'A-1', amount: '10.00', currency: 'RUB' }),
  },
  makeTestPayment: {
    path: (s) => `/profiles/${s.profileId}/test-payments`,
    body: () => ({ amount: '10.00', currency: 'RUB', twoStage: false, card: '4111111111111111' }),
  },
  compareSettings: { path: (s) => `/profiles/${s.profileId}/settings-compare` },
  copySettings: {
    path: (s) => `/profiles/${s.profileId}/settings-copy`,
    body: () => ({ groups: ['register'], preview: true }),
  },
};

/** Each settings group is read and saved on its own, a save naming the version it is based on. */
function settingsSamples() {
  const group = (path: string, name: SettingsGroup) => ({
    read: { path: (s: Scene) => `/profiles/${s.profileId}/settings/${path}` },
    save: {
      path: (s: Scene) => `/profiles/${s.profileId}/settings/${path}`,
      body: (s: Scene) => getGateway().settings.get(s.profileId, name),
      headers: { 'If-Match': '"1"' },
    },
  });
  const [payments, notifications, signature, register, enterprise] = (
    [
      ['payments', 'payments'],
      ['notifications', 'notifications'],
      ['signature', 'signature'],
      ['register', 'register'],
      ['enterprise', 'enterprise'],
    ] as const
  ).map(([path, name]) => group(path, name));
  return {
    getPaymentSettings: payments!.read,
    savePaymentSettings: payments!.save,
    getNotificationSettings: notifications!.read,
    saveNotificationSettings: notifications!.save,
    getSignatureSettings: signature!.read,
    saveSignatureSettings: signature!.save,
    getRegisterSettings: register!.read,
    saveRegisterSettings: register!.save,
    getEnterpriseSettings: enterprise!.read,
    saveEnterpriseSettings: enterprise!.save,
    setSecretWord: {
      path: (s: Scene) => `/profiles/${s.profileId}/settings/signature/secret-word`,
      body: () => ({ secretWord: 'Rotated2027', overlapDays: 1 }),
    },
    resendRegister: {
      path: (s: Scene) => `/profiles/${s.profileId}/settings/register/resend`,
      body: () => ({ day: '2026-11-27' }),
    },
    listSettingsVersions: { path: (s: Scene) => `/profiles/${s.profileId}/settings/payments/versions` },
    restoreSettingsVersion: {
      path: (s: Scene) => `/profiles/${s.profileId}/settings/payments/versions/1/restore`,
      headers: { 'If-Match': '"1"' },
    },
  } satisfies Record<string, Sample>;
}

/** A notification of the profile to resend: one is made when the profile has none yet. */
function notificationOf(profileId: string): string {
  const gateway = getGateway();
  if (!gateway.hasProfile(profileId)) return 'none';
  const existing = gateway.notifications.list(profileId, { page: 1, pageSize: 1 }).items[0];
  if (existing) return existing.id;
  const settings = gateway.settings.get(profileId, 'notifications');
  gateway.settings.replace(profileId, 'notifications', { ...settings, enabled: true, url: 'https://shop.example/n' });
  gateway.createPaidOrder(profileId, { amount: '10.00' });
  return gateway.notifications.list(profileId, { page: 1, pageSize: 1 }).items[0]?.id ?? 'none';
}

const NAMES = Object.keys(endpoints) as EndpointName[];
const GUARDED = NAMES.filter((name) => endpoints[name].auth);
const hasProfile = (name: EndpointName) =>
  SAMPLES[name].path({ profileId: 'P', billnumber: 'B', victim: 'V', account: 'A' }).startsWith('/profiles/P');

/** A user of the given grants and profiles, past their first sign-in, signed in. */
async function userWith(rights: readonly Right[], profileIds: readonly string[] = [LIVE, TEST]): Promise<Credentials> {
  const login = `matrix_${String((serial += 1)).padStart(6, '0')}`;
  getGateway().access.admin.create(
    { login: 'admin', ip: '127.0.0.1' },
    { login, name: 'Проверка прав', rights, profileIds, temporaryPassword: PASSWORD },
  );
  getGateway().access.user(login)!.mustChangePassword = false;
  return signIn(login, PASSWORD);
}

function scene(profileId = LIVE): Scene {
  const order = getGateway().createPaidOrder(profileId, { delay: true, amount: '100.00' });
  const victim = `victim_${String((serial += 1)).padStart(6, '0')}`;
  getGateway().access.admin.create(
    { login: 'admin', ip: '127.0.0.1' },
    { login: victim, name: 'Другой сотрудник', rights: ['monitor'], profileIds: [LIVE], temporaryPassword: PASSWORD },
  );
  const account = `ws_acct_${String((serial += 1)).padStart(6, '0')}`;
  getGateway().webServiceAccounts.create({ login: 'admin', ip: '127.0.0.1' }, profileId, account);
  return { profileId, billnumber: order.billnumber, victim, account };
}

function request(name: EndpointName, where: Scene, token?: Credentials, extra: Record<string, string> = {}) {
  const def = endpoints[name];
  const sample = SAMPLES[name];
  const isMoney = name === 'confirmOrder' || name === 'cancelOrder';
  return call(def.method, sample.path(where), {
    token,
    body: sample.body?.(where),
    headers: { ...(isMoney ? { 'Idempotency-Key': key() } : {}), ...sample.headers, ...extra },
  });
}

/** Passed every access check: whatever the endpoint then says, it is not a refusal of access. */
function expectAllowed(answer: Answer, label: string): void {
  const code = answer.status >= 400 ? Problem.safeParse(answer.body).data?.code : undefined;
  expect(
    [401, 403].includes(answer.status) || (code === 'not-found' && answer.status === 404),
    `${label}: ${answer.status} ${code ?? ''}`,
  ).toBe(false);
}

function expectRefused(answer: Answer, status: number, code: string, label: string): Problem {
  const problem = Problem.parse(answer.body);
  expect([answer.status, problem.code], label).toEqual([status, code]);
  return problem;
}

beforeEach(() => {
  resetGateway({ liveOrders: 5, testOrders: 5, now: NOW });
  resetMockConfig();
});

describe('the rights matrix: every endpoint × every grant, preset and profile binding', () => {
  it.each(GUARDED)('%s: without a session 401; forged, expired and signed-out sessions 401', async (name) => {
    const where = scene();
    expectRefused(await request(name, where), 401, 'unauthenticated', 'no session');
    const forged = { session: 'mock.admin.0123456789abcdef01234567', csrf: 'forged' };
    expectRefused(await request(name, where, forged), 401, 'unauthenticated', 'forged');

    const expired = await signIn('admin');
    getGateway().clock.advance(31 * MINUTE);
    expectRefused(await request(name, where, expired), 401, 'unauthenticated', 'expired');

    const signedOut = await signIn('admin');
    expect((await call('DELETE', '/session', { token: signedOut })).status).toBe(204);
    expectRefused(await request(name, where, signedOut), 401, 'unauthenticated', 'signed out');
  });

  it.each(GUARDED.filter((name) => endpoints[name].method !== 'GET'))(
    '%s: a state-changing request without the CSRF token is 403',
    async (name) => {
      const admin = await signIn('admin');
      const where = scene();
      const answer = await request(name, where, undefined, { Cookie: credentialHeaders('GET', admin).Cookie! });
      expectRefused(answer, 403, 'csrf-token-invalid', 'no CSRF');
      const wrong = await request(name, where, { session: admin.session, csrf: 'not-this-sessions-token' });
      expectRefused(wrong, 403, 'csrf-token-invalid', 'wrong CSRF');
    },
  );

  it.each(GUARDED)('%s: each grant alone, and every grant but one', async (name) => {
    const needed = endpoints[name].right;
    for (const right of RIGHTS) {
      const label = `${name} with only ${right}`;
      const answer = await request(name, scene(), await userWith([right]));
      if (needed === undefined || normalizeRights([right]).includes(needed)) expectAllowed(answer, label);
      else expect(expectRefused(answer, 403, 'forbidden', label).missingRight).toBe(needed);

      const allBut = await request(name, scene(), await userWith(RIGHTS.filter((other) => other !== right)));
      if (needed === right && right !== 'monitor') {
        expect(expectRefused(allBut, 403, 'forbidden', `${name} without ${right}`).missingRight).toBe(needed);
      } else expectAllowed(allBut, `${name} without ${right}`);
    }
  });

  it.each(GUARDED)('%s: by preset (viewer, accountant, developer, admin)', async (name) => {
    const needed = endpoints[name].right;
    for (const preset of PRESETS) {
      const answer = await request(name, scene(), await userWith(PRESET_RIGHTS[preset]));
      const label = `${preset} on ${name}`;
      if (needed === undefined || normalizeRights(PRESET_RIGHTS[preset]).includes(needed)) expectAllowed(answer, label);
      else expect(expectRefused(answer, 403, 'forbidden', label).missingRight).toBe(needed);
    }
  });

  it.each(GUARDED.filter(hasProfile))(
    '%s: a user bound to the test profile only finds the live one 404',
    async (name) => {
      const testOnly = await userWith(RIGHTS, [TEST]);
      expectAllowed(await request(name, scene(TEST), testOnly), `${name} on the bound test profile`);
      expectRefused(await request(name, scene(LIVE), await userWith(RIGHTS, [TEST])), 404, 'not-found', 'live');
    },
  );

  it('a viewer is refused every endpoint of another right, each refusal written to the audit log', async () => {
    const viewer = await signIn('viewer');
    const refusedBefore = getGateway()
      .auditLog()
      .filter((entry) => entry.code === 'forbidden').length;
    const admin = GUARDED.filter((name) => endpoints[name].right !== undefined && endpoints[name].right !== 'monitor');
    for (const name of admin) {
      const answer = await request(name, scene(), viewer);
      expect(expectRefused(answer, 403, 'forbidden', name).missingRight).toBe(endpoints[name].right);
    }
    const refused = getGateway()
      .auditLog()
      .filter((entry) => entry.code === 'forbidden');
    expect(refused.length - refusedBefore).toBe(admin.length);
    expect(refused.every((entry) => entry.user === 'viewer' && entry.outcome === 'refused')).toBe(true);
  });
});
