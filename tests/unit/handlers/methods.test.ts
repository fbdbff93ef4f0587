import { beforeEach, describe, expect, it } from 'vitest';
import { resetGateway } from '../../../mocks/runtime';
import { resetMockConfig } from '../../../mocks/handlers/config';
import { call, NOW, send, signIn } from './api';

beforeEach(() => {
  resetGateway({ seed: 1, liveOrders: 30, testOrders: 5, now: NOW });
  resetMockConfig();
});

describe('HTTP methods on the contract’s paths', () => {
  it('answers a method the path does not have with 405 and Allow', async () => {
    const token = await signIn();
    const put = await call('PUT', '/profiles/600401/orders', { token });
    expect(put.status).toBe(405);
    expect(put.response.headers.get('Allow')).toBe('GET, HEAD');
    expect(put.body).toMatchObject({ status: 405, code: 'method-not-allowed' });
    const getConfirm = await call('GET', '/profiles/600401/orders/6004010000000001/confirm', { token });
    expect(getConfirm.status).toBe(405);
    expect(getConfirm.response.headers.get('Allow')).toBe('POST');
    const postCounts = await call('POST', '/profiles/600401/orders/counts', { token });
    expect(postCounts.response.headers.get('Allow')).toBe('GET, HEAD');
    const patchSession = await call('PATCH', '/session', { token });
    expect(patchSession.response.headers.get('Allow')).toBe('POST, GET, DELETE, HEAD');
    // A path outside the contract is still 404.
    expect((await call('PUT', '/nowhere', { token })).status).toBe(404);
  });

  it('answers HEAD with the headers GET would send and no body', async () => {
    const token = await signIn('admin');
    const get = await send('GET', '/profiles/600401/orders/export?columns=billnumber', { token });
    const head = await send('HEAD', '/profiles/600401/orders/export?columns=billnumber', { token });
    expect(head.status).toBe(200);
    expect(head.headers.get('X-Total-Count')).toBe(get.headers.get('X-Total-Count'));
    expect(head.headers.get('Content-Disposition')).toBe(get.headers.get('Content-Disposition'));
    expect(await head.text()).toBe('');
    const list = await send('HEAD', '/profiles/600401/orders?page=2', { token });
    expect(list.status).toBe(200);
    expect(list.headers.get('Content-Type')).toContain('application/json');
    expect((await send('HEAD', '/profiles/600401/orders?page=0x10', { token })).status).toBe(422);
    expect((await send('HEAD', '/profiles/600401/orders')).status).toBe(401);
  });
});
