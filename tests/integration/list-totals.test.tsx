import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { getGateway, resetGateway } from '../../mocks/runtime';
import { ORDERS } from './order-list';
import { LIVE_PROFILE, findOrdersGrid, renderApp, signedInAs } from './render-app';

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

beforeAll(async () => {
  await Promise.all([
    import('@/app/routes/shell-route'),
    import('@/app/routes/orders-route'),
    import('@/app/routes/awaiting-route'),
  ]);
}, 30_000);

describe('totals people ask for', () => {
  it('the filtered list shows its total per currency, from the server', async () => {
    const gateway = getGateway();
    gateway.createPaidOrder(LIVE_PROFILE, { ordernumber: 'TOT-1', amount: '1000.50' });
    gateway.createPaidOrder(LIVE_PROFILE, { ordernumber: 'TOT-2', amount: '2000.00' });
    gateway.createPaidOrder(LIVE_PROFILE, {
      ordernumber: 'TOT-3',
      amount: '10.00',
      payment: { currency: 'USD', rate: '0.0110' },
    });
    await signedInAs();
    renderApp(`${ORDERS}?ordernumber=TOT-%25`);
    await findOrdersGrid();
    const line = plain((await screen.findByRole('group', { name: 'Итого по фильтру:' })).textContent);
    expect(line).toContain('3 000,50 ₽ (2 заказа)');
    expect(line).toMatch(/0,11 \$ \(1 заказ\)/);
  });

  it('the totals line holds its place while the server adds up, then shows the sums in it', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Held back until released, then answered by the gateway as usual.
    server.use(
      http.get(`*/api/v1/profiles/${LIVE_PROFILE}/orders/totals`, async () => {
        await released;
      }),
    );
    await signedInAs();
    renderApp(ORDERS);
    await findOrdersGrid();
    const line = await screen.findByRole('group', { name: 'Итого по фильтру:' });
    expect(line).toHaveAttribute('aria-busy', 'true');
    expect(line).toHaveTextContent('считаем…');
    release();
    await waitFor(() => expect(line).not.toHaveAttribute('aria-busy'));
    expect(plain(line.textContent)).toMatch(/₽ \(\d[\d ]* заказ/);
    expect(line).not.toHaveTextContent('считаем…');
  });

  it('the awaiting page shows what is held per currency and confirms the page’s orders at once', async () => {
    resetGateway({ liveOrders: 0 });
    const gateway = getGateway();
    gateway.clock.set(Date.now());
    gateway.createPaidOrder(LIVE_PROFILE, { delay: true, amount: '300.00' });
    gateway.createPaidOrder(LIVE_PROFILE, { delay: true, amount: '200.25' });
    await signedInAs('accountant');
    const ui = renderApp(`/p/${LIVE_PROFILE}/awaiting`);
    await screen.findByRole('table', { name: 'Ожидают подтверждения' }, { timeout: 10_000 });
    const held = await screen.findByRole('group', { name: 'Заблокировано всего:' });
    expect(plain(held.textContent)).toContain('500,25 ₽ (2 заказа)');

    await ui.user.click(screen.getByRole('button', { name: 'Подтвердить 2 заказа на странице…' }));
    const dialog = await screen.findByRole('dialog');
    expect(plain(dialog.textContent)).toContain('500,25');
    expect(within(dialog).getAllByRole('checkbox', { checked: true }).length).toBeGreaterThanOrEqual(2);
  });

  it('a viewer sees the total held but no bulk confirm', async () => {
    getGateway().clock.set(Date.now());
    getGateway().createPaidOrder(LIVE_PROFILE, { delay: true, amount: '300.00' });
    await signedInAs('viewer');
    renderApp(`/p/${LIVE_PROFILE}/awaiting`);
    await screen.findByRole('table', { name: 'Ожидают подтверждения' }, { timeout: 10_000 });
    await screen.findByRole('group', { name: 'Заблокировано всего:' });
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /^Подтвердить \d+ заказ/ })).not.toBeInTheDocument(),
    );
  });
});
