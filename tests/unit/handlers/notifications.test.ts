import { beforeEach, describe, expect, it } from 'vitest';
import { DeliveryHealth, NotificationDetail, NotificationPage } from '@/api/notifications';
import { Problem } from '@/api/problem';
import { MINUTE } from '../../../mocks/gateway/clock';
import { configureMocks, resetMockConfig } from '../../../mocks/handlers/config';
import { getGateway, resetGateway } from '../../../mocks/runtime';
import { call, NOW, signIn } from './api';

const LIVE = '600401';
const TEST = '900401';

beforeEach(() => {
  resetGateway({ liveOrders: 5, testOrders: 5, now: NOW });
  resetMockConfig();
});

describe('notification endpoints (the built-in receiver of the in-page demo)', () => {
  it('lists the notifications a payment sent, with its attempt, newest first', async () => {
    const admin = await signIn('admin');
    const first = getGateway().createPaidOrder(LIVE, { amount: '10.00' });
    const second = getGateway().createPaidOrder(LIVE, { amount: '20.00' });
    await getGateway().notifications.idle();
    const answer = await call('GET', `/profiles/${LIVE}/notifications?page=1&pageSize=10`, { token: admin });
    const page = NotificationPage.parse(answer.body);
    expect(page.items.map((n) => [n.billnumber, n.status])).toEqual([
      [second.billnumber, 'delivered'],
      [first.billnumber, 'delivered'],
    ]);
    expect(page.items[0]?.attempts[0]?.responseBody).toContain('firstcode="0" secondcode="0"');

    const ofOrder = await call('GET', `/profiles/${LIVE}/orders/${first.billnumber}/notifications`, { token: admin });
    expect((ofOrder.body as { items: unknown[] }).items).toHaveLength(1);
  });

  it('refuses the log to a user without the notifications right', async () => {
    const viewer = await signIn('viewer');
    const answer = await call('GET', `/profiles/${LIVE}/notifications`, { token: viewer });
    expect([answer.status, Problem.parse(answer.body).missingRight]).toEqual([403, 'notifications']);
  });

  it('sends a test notification with the current settings, or says that no URL is set', async () => {
    const admin = await signIn('admin');
    const refused = await call('POST', `/profiles/${TEST}/notifications/test`, { token: admin });
    expect([refused.status, Problem.parse(refused.body).code]).toEqual([409, 'notification-url-missing']);

    const sent = await call('POST', `/profiles/${LIVE}/notifications/test`, { token: admin });
    expect(NotificationDetail.parse(sent.body)).toMatchObject({ kind: 'test', status: 'delivered', attemptCount: 1 });
  });

  it('validates the period of a resend of failed ones', async () => {
    const admin = await signIn('admin');
    const answer = await call('POST', `/profiles/${LIVE}/notifications/resend-failed`, {
      token: admin,
      body: { from: '2026-11-28T10:00:00Z', to: '2026-11-28T09:00:00Z' },
    });
    expect(answer.status).toBe(422);
    expect(Problem.parse(answer.body).errors?.[0]?.field).toBe('to');
  });

  it('answers 404 for an unknown notification', async () => {
    const admin = await signIn('admin');
    const answer = await call('POST', `/profiles/${LIVE}/notifications/${LIVE}-999999/resend`, { token: admin });
    expect(answer.status).toBe(404);
  });

  it('reports healthy deliveries without a warning', async () => {
    const admin = await signIn('admin');
    const answer = await call('GET', `/profiles/${LIVE}/notifications/health`, { token: admin });
    expect(DeliveryHealth.parse(answer.body)).toEqual({
      consecutiveFailures: 0,
      failingSince: null,
      undelivered: 0,
      warning: false,
    });
  });
});

describe('test controls for end-to-end runs', () => {
  it('are unknown unless enabled', async () => {
    const answer = await call('POST', '/__test/notifications/settings', {
      body: { profileId: TEST, url: 'http://x.test/' },
    });
    expect(answer.status).toBe(404);
  });

  it('point notifications at a URL, rotate the secret word, and the clock makes due retries', async () => {
    configureMocks({ testControls: true });
    const set = await call('POST', '/__test/notifications/settings', {
      body: { profileId: TEST, enabled: true, url: 'http://shop.test/notify' },
    });
    expect(set.status).toBe(200);
    expect(getGateway().settings.get(TEST, 'notifications')).toMatchObject({
      enabled: true,
      url: 'http://shop.test/notify',
    });

    const bad = await call('POST', '/__test/secret-word', {
      body: { profileId: TEST, secretWord: 'short', overlapDays: 1 },
    });
    expect(bad.status).toBe(422);
    const rotated = await call('POST', '/__test/secret-word', {
      body: { profileId: TEST, secretWord: 'Rotated2026', overlapDays: 1 },
    });
    expect(rotated.status).toBe(200);
    expect(getGateway().settings.notificationSecretWord(TEST)).toBe('Rotated2026');
    expect(JSON.stringify(rotated.body)).not.toContain('Rotated2026');

    const retried: string[] = [];
    resetGateway({
      liveOrders: 5,
      testOrders: 5,
      now: NOW,
      notificationTransport: ({ url }) => {
        retried.push(url);
        return Promise.resolve({ kind: 'no-answer', error: 'connection refused' });
      },
    });
    getGateway().createPaidOrder(LIVE, { amount: '10.00' });
    await getGateway().notifications.idle();
    expect(retried).toHaveLength(1);
    await call('POST', '/__test/clock', { body: { advanceMs: 5 * MINUTE } });
    expect(retried).toHaveLength(3);
  });
});
