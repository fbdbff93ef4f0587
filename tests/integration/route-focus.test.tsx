import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { getGateway } from '../../mocks/runtime';
import { DEMO_PASSWORD, LIVE_PROFILE, renderApp, signedInAs } from './render-app';

beforeAll(async () => {
  await Promise.all([
    import('@/app/routes/login-route'),
    import('@/app/routes/shell-route'),
    import('@/app/routes/orders-route'),
    import('@/app/routes/order-route'),
    import('@/app/routes/awaiting-route'),
  ]);
}, 30_000);

describe('focus after navigation', () => {
  it('lands on the orders heading after signing in', async () => {
    const ui = renderApp('/login');
    await ui.user.type(await screen.findByLabelText(/^Логин/), 'accountant');
    await ui.user.type(screen.getByLabelText(/^Пароль/), DEMO_PASSWORD);
    await ui.user.click(screen.getByRole('button', { name: 'Войти' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Заказы' }, { timeout: 10_000 });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('lands on the order’s heading after opening it, and on the list’s heading on the way back', async () => {
    const held = getGateway().createPaidOrder(LIVE_PROFILE, { delay: true, ordernumber: 'FOCUS-1' });
    await signedInAs('accountant');
    const ui = renderApp(`/p/${LIVE_PROFILE}/awaiting`);
    const table = await screen.findByRole('table', { name: 'Ожидают подтверждения' }, { timeout: 10_000 });
    await ui.user.click(within(table).getByRole('link', { name: held.ordernumber }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Заказ FOCUS-1' }, { timeout: 10_000 });
    await waitFor(() => expect(heading).toHaveFocus());

    await ui.user.click(screen.getByRole('link', { name: /К списку/ }));
    const list = await screen.findByRole('heading', { level: 1, name: 'Заказы' }, { timeout: 10_000 });
    await waitFor(() => expect(list).toHaveFocus());
  });
});
