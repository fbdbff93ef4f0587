import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getGateway } from '../../mocks/runtime';
import { advanceGatewayClock, LIVE_PROFILE, renderApp, signedInAs } from './render-app';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The time left, as the deadline note under the order's state says it. */
function timeLeft(): string {
  const note = (screen.getByText(/^Подтвердите до/).textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');
  return /осталось (.+?)\. Иначе/.exec(note)?.[1] ?? '';
}

afterEach(() => vi.useRealTimers());

describe('deadlines follow the gateway’s clock, not the PC’s', () => {
  it('shows the right time left when the PC clock is three days fast', async () => {
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { delay: true, amount: '700.00' });
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(getGateway().clock.now() + 3 * DAY);
    await signedInAs('accountant');
    renderApp(`/p/${LIVE_PROFILE}/orders/${order.billnumber}`);
    expect(await screen.findByRole('heading', { level: 1, name: `Заказ ${order.ordernumber}` })).toBeVisible();
    // Four days to confirm, on the gateway's clock; the PC's would say less than one.
    expect(timeLeft()).toMatch(/^3 д 23 ч 5\d мин$/);
    expect(screen.getByRole('button', { name: /Подтвердить/ })).toBeEnabled();
  });

  it('moves the cockpit when the gateway’s clock moves', async () => {
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { delay: true, amount: '900.00' });
    await signedInAs('accountant');
    const ui = renderApp(`/p/${LIVE_PROFILE}/awaiting`);
    const table = await screen.findByRole('table', { name: 'Ожидают подтверждения' }, { timeout: 10_000 });
    const row = () =>
      within(table)
        .getAllByRole('row')
        .find((r) => r.getAttribute('data-billnumber') === order.billnumber);
    expect(row()).toHaveAttribute('data-urgency', 'normal');

    advanceGatewayClock(3 * DAY + 12 * HOUR);
    await ui.user.click(screen.getByRole('button', { name: 'Обновить' }));
    await vi.waitFor(() => expect(row()).toHaveAttribute('data-urgency', 'urgent'));
    expect(within(row()!).getByText('Меньше суток')).toBeVisible();
  });
});
