import { beforeEach, describe, expect, it } from 'vitest';
import { Problem } from '@/api/problem';
import { DAY } from '../../../mocks/gateway/clock';
import { resetMockConfig } from '../../../mocks/handlers/config';
import { getGateway, resetGateway } from '../../../mocks/runtime';
import { call, NOW, signIn, type Answer, type Credentials } from './api';

const LIVE = '600401';
const TEST = '900401';

interface State {
  version: number;
  updatedBy: string | null;
  value: Record<string, unknown>;
}

const state = (answer: Answer) => answer.body as State;
const problem = (answer: Answer) => Problem.parse(answer.body);

async function read(token: Credentials, profileId: string, group: string) {
  return call('GET', `/profiles/${profileId}/settings/${group}`, { token });
}

async function save(token: Credentials, profileId: string, group: string, body: unknown, etag: string) {
  return call('PUT', `/profiles/${profileId}/settings/${group}`, { token, body, headers: { 'If-Match': etag } });
}

beforeEach(() => {
  resetGateway({ liveOrders: 5, testOrders: 5, now: NOW });
  resetMockConfig();
});

describe('settings groups under ETag and If-Match', () => {
  it('answers each group with its version as the ETag, and saves a change as the next version', async () => {
    const admin = await signIn('admin');
    const first = await read(admin, TEST, 'payments');
    expect(first.status).toBe(200);
    expect(first.response.headers.get('ETag')).toBe('"1"');
    const value = { ...state(first).value, paymentPageTimeoutMinutes: 45 };
    const saved = await save(admin, TEST, 'payments', value, '"1"');
    expect(saved.status).toBe(200);
    expect(saved.response.headers.get('ETag')).toBe('"2"');
    expect(state(saved)).toMatchObject({ version: 2, updatedBy: 'admin', value: { paymentPageTimeoutMinutes: 45 } });
    expect(getGateway().settings.get(TEST, 'payments').paymentPageTimeoutMinutes).toBe(45);
  });

  it('refuses a save based on an older version with 412 and applies nothing', async () => {
    const admin = await signIn('admin');
    const value = state(await read(admin, TEST, 'notifications')).value;
    expect((await save(admin, TEST, 'notifications', { ...value, protocol: 'SOAP' }, '"1"')).status).toBe(200);
    const late = await save(admin, TEST, 'notifications', { ...value, onlySuccessful: true }, '"1"');
    expect(late.status).toBe(412);
    expect(problem(late).code).toBe('precondition-failed');
    expect(getGateway().settings.get(TEST, 'notifications')).toMatchObject({ protocol: 'SOAP', onlySuccessful: false });
  });

  it('requires If-Match on a save (422 naming the header)', async () => {
    const admin = await signIn('admin');
    const value = state(await read(admin, TEST, 'register')).value;
    const answer = await call('PUT', `/profiles/${TEST}/settings/register`, { token: admin, body: value });
    expect(answer.status).toBe(422);
    expect(problem(answer).errors?.[0]?.field).toBe('if-match');
  });

  it('checks every field with the contract and the live profile’s https rule', async () => {
    const admin = await signIn('admin');
    const live = state(await read(admin, LIVE, 'payments')).value;
    const http = await save(admin, LIVE, 'payments', { ...live, returnUrlOk: 'http://polka.example.ru/ok' }, '"1"');
    expect(http.status).toBe(422);
    expect(problem(http)).toMatchObject({ code: 'https-required', errors: [{ field: 'returnUrlOk' }] });

    const test = state(await read(admin, TEST, 'payments')).value;
    expect(
      (await save(admin, TEST, 'payments', { ...test, returnUrlOk: 'http://localhost:4010/ok' }, '"1"')).status,
    ).toBe(200);

    const enterprise = state(await read(admin, TEST, 'enterprise')).value;
    const bad = await save(
      admin,
      TEST,
      'enterprise',
      { ...enterprise, inn: '12', bik: 'x', contactEmail: 'nope' },
      '"1"',
    );
    expect(bad.status).toBe(422);
    expect(
      problem(bad)
        .errors?.map((error) => error.field)
        .sort(),
    ).toEqual(['bik', 'contactEmail', 'inn']);
  });

  it('keeps read-only fields as they were whatever a save sends', async () => {
    const admin = await signIn('admin');
    const value = state(await read(admin, LIVE, 'enterprise')).value;
    const saved = await save(admin, LIVE, 'enterprise', { ...value, timezone: 'UTC', name: 'Полка' }, '"1"');
    expect(state(saved).value).toMatchObject({ timezone: 'Europe/Moscow', name: 'Полка' });
  });

  it('lets a viewer read a group but not save it', async () => {
    const viewer = await signIn('viewer');
    const answer = await read(viewer, LIVE, 'payments');
    expect(answer.status).toBe(200);
    const refused = await save(viewer, LIVE, 'payments', state(answer).value, '"1"');
    expect(refused.status).toBe(403);
    expect(problem(refused).missingRight).toBe('settings');
  });
});

describe('settings history', () => {
  it('records every save with who and what changed, restores an earlier version, and audits both', async () => {
    const admin = await signIn('admin');
    const original = state(await read(admin, TEST, 'payments')).value;
    await save(admin, TEST, 'payments', { ...original, defaultStage: 'two-stage' }, '"1"');
    await save(admin, TEST, 'payments', { ...original, defaultStage: 'two-stage', allowedMeans: ['mir'] }, '"2"');

    const history = await call('GET', `/profiles/${TEST}/settings/payments/versions`, { token: admin });
    const items = (history.body as { items: { version: number; by: string | null; changes: unknown[] }[] }).items;
    expect(items.map((item) => item.version)).toEqual([3, 2, 1]);
    expect(items[0]).toMatchObject({
      by: 'admin',
      changes: [{ field: 'allowedMeans', before: ['visa', 'mastercard', 'mir', 'sbp'], after: ['mir'] }],
    });

    const stale = await call('POST', `/profiles/${TEST}/settings/payments/versions/1/restore`, {
      token: admin,
      headers: { 'If-Match': '"2"' },
    });
    expect(stale.status).toBe(412);
    const restored = await call('POST', `/profiles/${TEST}/settings/payments/versions/1/restore`, {
      token: admin,
      headers: { 'If-Match': '"3"' },
    });
    expect(restored.status).toBe(200);
    expect(state(restored)).toMatchObject({ version: 4, value: original });

    const trail = getGateway()
      .auditLog()
      .filter((entry) => entry.object === 'settings/payments');
    expect(trail.map((entry) => entry.action)).toEqual(['settings-save', 'settings-save', 'settings-restore']);
    expect(trail[0]!.detail).toBe('defaultStage: one-stage → two-stage');
  });
});

describe('the secret word', () => {
  it('is set write-only: no answer carries it, history and audit mask it, the old one lasts the overlap', async () => {
    const admin = await signIn('admin');
    const answers: Answer[] = [];
    const rotated = await call('PUT', `/profiles/${TEST}/settings/signature/secret-word`, {
      token: admin,
      body: { secretWord: 'Rotated2027x', overlapDays: 3 },
    });
    answers.push(rotated);
    expect(rotated.status).toBe(200);
    const until = new Date(Date.parse(NOW) + 3 * DAY).toISOString();
    expect(state(rotated).value).toMatchObject({
      secretWord: { set: true, setAt: NOW.replace('Z', '.000Z'), previousValidUntil: until },
    });
    answers.push(await read(admin, TEST, 'signature'));
    answers.push(await call('GET', `/profiles/${TEST}/settings/signature/versions`, { token: admin }));
    answers.push(await call('GET', '/audit?page=1&pageSize=50', { token: admin }));
    for (const answer of answers) {
      expect(JSON.stringify(answer.body)).not.toContain('Rotated2027x');
      expect(JSON.stringify(answer.body)).not.toContain('TestWord2026');
    }
    expect(getGateway().settings.requestSecretWords(TEST)).toEqual(['Rotated2027x', 'TestWord2026']);
    expect(getGateway().settings.notificationSecretWord(TEST)).toBe('Rotated2027x');
    getGateway().clock.advance(3 * DAY);
    expect(getGateway().settings.requestSecretWords(TEST)).toEqual(['Rotated2027x']);
  });

  it('refuses a weak word and an overlap beyond 7 days', async () => {
    const admin = await signIn('admin');
    for (const [secretWord, message] of [
      ['onlyletters', 'secret-weak'],
      ['with space 1', 'secret-spaces'],
      ['a1a1a1a1', 'secret-repetitive'],
      ['Sh0rt', 'Too small: expected string to have >=8 characters'],
    ]) {
      const answer = await call('PUT', `/profiles/${TEST}/settings/signature/secret-word`, {
        token: admin,
        body: { secretWord, overlapDays: 1 },
      });
      expect(answer.status, secretWord).toBe(422);
      expect(problem(answer).errors?.[0]).toEqual({ field: 'secretWord', message });
    }
    const long = await call('PUT', `/profiles/${TEST}/settings/signature/secret-word`, {
      token: admin,
      body: { secretWord: 'Rotated2027x', overlapDays: 8 },
    });
    expect(problem(long).errors?.[0]?.field).toBe('overlapDays');
    expect(getGateway().settings.notificationSecretWord(TEST)).toBe('TestWord2026');
  });
});

describe('resending a past day’s register', () => {
  it('sends a past day to the current recipients and audits it; today, the future and no recipients are refused', async () => {
    const admin = await signIn('admin');
    const resend = (day: string) =>
      call('POST', `/profiles/${LIVE}/settings/register/resend`, { token: admin, body: { day } });
    const sent = await resend('2026-11-27');
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({
      day: '2026-11-27',
      recipients: ['buh@polka.example.ru'],
      sentAt: '2026-11-28T09:00:00.000Z',
    });
    expect(getGateway().auditLog().at(-1)).toMatchObject({
      action: 'register-resend',
      detail: '2026-11-27 → buh@polka.example.ru',
    });

    for (const day of ['2026-11-28', '2026-12-01', '2024-01-01']) {
      const refused = await resend(day);
      expect([refused.status, problem(refused).code, problem(refused).errors?.[0]?.field], day).toEqual([
        422,
        'register-day-not-past',
        'day',
      ]);
    }
    const register = state(await read(admin, LIVE, 'register')).value;
    await save(admin, LIVE, 'register', { ...register, registerRecipients: [] }, '"1"');
    expect(problem(await resend('2026-11-27')).code).toBe('register-no-recipients');
  });
});
