import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { OrderSummary } from '@/api/orders';
import { i18n } from '@/lib/i18n/i18n';
import { getGateway } from '../../mocks/runtime';
import { LIVE_PROFILE, cell, dataRows, findOrdersGrid, renderApp, signedInAs } from './render-app';

// The money actions are another feature; here the slots are stand-ins that show what they get.
vi.mock('@/app/routes/order-action-slots', () => ({
  useOrderActionSlots: () => ({
    rowActions: (order: OrderSummary) => <button type="button">{`Меню ${order.billnumber}`}</button>,
    bulkActions: (selected: readonly OrderSummary[], clear: () => void) => (
      <button type="button" onClick={clear}>{`Подтвердить ${selected.length}`}</button>
    ),
    pageActions: (order: OrderSummary) => <button type="button">{`Действие ${order.ordernumber}`}</button>,
  }),
}));

beforeAll(async () => {
  await Promise.all([
    import('@/app/routes/shell-route'),
    import('@/app/routes/profile-route'),
    import('@/app/routes/orders-route'),
    import('@/app/routes/order-route'),
  ]);
}, 30_000);

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('the order page for monitoring', () => {
  it('shows a held payment’s deadline and time left, the conversion and the orders sharing its number', async () => {
    const gateway = getGateway();
    // The page counts the time left on the real clock: the gateway follows it here.
    gateway.clock.set(Date.now());
    const declined = gateway.createPaidOrder(LIVE_PROFILE, {
      ordernumber: 'SAME-1',
      payment: { outcome: 'declined' },
    });
    const held = gateway.createPaidOrder(LIVE_PROFILE, {
      ordernumber: 'SAME-1',
      amount: '1000.00',
      delay: true,
      payment: { currency: 'USD', rate: '0.0110' },
    });
    expect(held.orderstate).toBe('Delayed');
    await signedInAs();
    const ui = renderApp(`/p/${LIVE_PROFILE}/orders/${held.billnumber}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Заказ SAME-1' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Действие SAME-1' })).toBeVisible();

    const details = screen.getByRole('region', { name: 'Сведения' });
    expect(within(details).getByText('Подтвердить до')).toBeVisible();
    expect(plain(screen.getByText(/^Подтвердите до/).textContent)).toMatch(/осталось 3 д 23 ч \d+ мин/);

    const money = screen.getByRole('region', { name: 'Суммы' });
    expect(plain(money.textContent)).toContain('Исходная сумма1 000,00 ₽');
    expect(plain(money.textContent)).toContain('1 RUB = 0,0110 USD');

    const linked = screen.getByRole('region', { name: 'Заказы с тем же номером' });
    const link = await within(linked).findByRole('link', { name: declined.billnumber });
    expect(within(linked).queryByRole('link', { name: held.billnumber })).not.toBeInTheDocument();
    await ui.user.click(link);
    await waitFor(() => expect(ui.location().pathname).toBe(`/p/${LIVE_PROFILE}/orders/${declined.billnumber}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Заказ SAME-1' })).toBeVisible();
    const back = within(screen.getByRole('region', { name: 'Заказы с тем же номером' }));
    expect(await back.findByRole('link', { name: held.billnumber })).toBeVisible();
  });

  it('says so in English when no other order shares the number', async () => {
    const single = getGateway().createPaidOrder(LIVE_PROFILE, { ordernumber: 'ALONE-1' });
    await i18n.changeLanguage('en');
    await signedInAs();
    renderApp(`/p/${LIVE_PROFILE}/orders/${single.billnumber}`);
    const linked = await screen.findByRole('region', { name: 'Orders with the same number' });
    expect(await within(linked).findByText('No other orders have this number')).toBeVisible();
  });
});

describe('the action slots on the list', () => {
  it('shows the row menu and a selection toolbar that survives a background refetch', async () => {
    await signedInAs();
    const ui = renderApp(`/p/${LIVE_PROFILE}/orders`);
    const grid = await findOrdersGrid();
    const [first, second] = dataRows(grid);
    if (!first || !second) throw new Error('too few rows');
    expect(
      within(cell(first, 'actions')).getByRole('button', { name: `Меню ${first.getAttribute('data-id')}` }),
    ).toBeVisible();

    // The row menu's click is its own, not "open the order".
    await ui.user.click(within(cell(first, 'actions')).getByRole('button'));
    expect(ui.location().pathname).toBe(`/p/${LIVE_PROFILE}/orders`);

    await ui.user.click(within(first).getByRole('checkbox'));
    await ui.user.click(within(second).getByRole('checkbox'));
    const toolbar = screen.getByRole('toolbar', { name: 'Действия с выбранными заказами' });
    expect(within(toolbar).getByText('Выбрано заказов: 2')).toBeVisible();

    await ui.app.queryClient.refetchQueries({ queryKey: ['profiles', LIVE_PROFILE, 'orders', 'list'] });
    expect(within(toolbar).getByText('Выбрано заказов: 2')).toBeVisible();
    expect(ui.location().pathname).toBe(`/p/${LIVE_PROFILE}/orders`);

    await ui.user.click(within(toolbar).getByRole('button', { name: 'Подтвердить 2' }));
    expect(within(toolbar).getByText('Заказы не выбраны')).toBeVisible();
  });
});
