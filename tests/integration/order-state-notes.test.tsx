import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { getGateway } from '../../mocks/runtime';
import { LIVE_PROFILE, renderApp, signedInAs } from './render-app';

const HOUR = 3_600_000;
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

beforeAll(async () => {
  await Promise.all([import('@/app/routes/shell-route'), import('@/app/routes/order-route')]);
}, 30_000);

describe('deadlines and reasons where the eye goes', () => {
  it('puts a hold’s deadline under the state, marked urgent, without «0 д»', async () => {
    const gateway = getGateway();
    // The page counts down on the real clock: the gateway follows it here, so both agree.
    gateway.clock.set(Date.now());
    // Paid 4 days less 1 h 43 min before now: that much is left.
    const now = gateway.clock.now();
    const held = gateway.createPaidOrder(LIVE_PROFILE, {
      delay: true,
      createdAt: now - 4 * 24 * HOUR + HOUR + 43.5 * 60_000,
    });
    const detail = gateway.getOrder(LIVE_PROFILE, held.billnumber);
    await signedInAs();
    renderApp(`/p/${LIVE_PROFILE}/orders/${held.billnumber}`);
    await screen.findByRole('heading', { level: 1, name: `Заказ ${held.ordernumber}` });
    const note = screen.getByText(/^Подтвердите до/);
    if (detail.orderstate !== 'Delayed') throw new Error('the hold was released before the page opened');
    const text = plain(note.textContent);
    expect(text).toMatch(/осталось \d+ ч \d+ мин|осталось \d+ мин/);
    expect(text).not.toContain('0 д');
    expect(within(note.closest('[role="alert"]') as HTMLElement).getByText('Меньше суток')).toBeVisible();
  });

  it('says why a declined order was declined, under its state', async () => {
    const declined = getGateway().createPaidOrder(LIVE_PROFILE, { payment: { outcome: 'declined' } });
    const payment = declined.operations.find((operation) => operation.type === '100');
    await signedInAs();
    renderApp(`/p/${LIVE_PROFILE}/orders/${declined.billnumber}`);
    await screen.findByRole('heading', { level: 1, name: `Заказ ${declined.ordernumber}` });
    expect(screen.getByText(`Причина отказа: ${payment?.responsecode} — ${payment?.message}`)).toBeVisible();
  });
});
