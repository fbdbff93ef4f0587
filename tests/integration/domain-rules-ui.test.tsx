import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { getGateway } from '../../mocks/runtime';
import { ORDERS, expectedIds, idsOf } from './order-list';
import { findOrdersGrid, LIVE_PROFILE, openFilters, renderApp, signedInAs } from './render-app';

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

beforeAll(async () => {
  await Promise.all([
    import('@/app/routes/shell-route'),
    import('@/app/routes/profile-route'),
    import('@/app/routes/orders-route'),
  ]);
}, 30_000);

describe('the monitor filters by order type', () => {
  it('keeps one-stage or two-stage in the URL and shows only that type', { timeout: 60_000 }, async () => {
    await signedInAs();
    const ui = renderApp(ORDERS);
    const grid = await findOrdersGrid();
    await openFilters(ui);
    await ui.user.selectOptions(screen.getByLabelText('Тип заказа'), 'Двухстадийный');
    expect(ui.location().params.get('ordertype')).toBe('two-stage');
    const expected = expectedIds({ ordertype: 'two-stage' });
    expect(expected.length).toBeGreaterThan(0);
    // The grid re-renders a whole page; a loaded machine needs more than the default wait.
    await waitFor(() => expect(idsOf(grid)).toEqual(expected), { timeout: 15_000 });
    const summary = screen.getByRole('region', { name: 'Активные фильтры' });
    await ui.user.click(within(summary).getByRole('button', { name: 'Убрать фильтр Тип заказа: Двухстадийный' }));
    await waitFor(() => expect(ui.location().params.get('ordertype')).toBeNull());
  });
});

describe('the order page shows «Спасибо» points and each operation’s means', () => {
  it('lists the points payment beside the card payment, and the points given back on cancel', async () => {
    const gateway = getGateway();
    const order = gateway.createPaidOrder(LIVE_PROFILE, {
      ordernumber: 'BOOK-POINTS',
      amount: '1000.00',
      payment: { means: { type: 'card', pan: '2200150011112222' }, bonus: true, points: 30_000, threeds: 'Y' },
    });
    gateway.cancel(LIVE_PROFILE, order.billnumber, {}, { user: 'accountant' });
    await signedInAs();
    renderApp(`/p/${LIVE_PROFILE}/orders/${order.billnumber}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Заказ BOOK-POINTS' })).toBeInTheDocument();
    const operations = screen.getByRole('region', { name: 'Операции' });

    const card = within(operations).getByRole('article', { name: `Оплата ${order.billnumber}.1` });
    expect(plain(card.textContent)).toContain('Сумма700,00 ₽');
    expect(plain(card.textContent)).toContain('Средство платежа');
    expect(plain(card.textContent)).toContain('220015******2222');
    expect(plain(card.textContent)).toContain('3-D SecureY — успешно');

    const points = within(operations).getByRole('article', { name: `Оплата баллами «Спасибо» ${order.billnumber}.2` });
    expect(plain(points.textContent)).toContain('Сумма300 баллов «Спасибо»');
    expect(plain(points.textContent)).not.toContain('3-D Secure');

    const returned = within(operations).getByRole('article', { name: /^Возврат баллов «Спасибо» / });
    expect(plain(returned.textContent)).toContain('300 баллов «Спасибо»');
    const cancel = within(operations).getByRole('article', { name: new RegExp(`^Отмена ${order.billnumber}`) });
    expect(plain(cancel.textContent)).toContain('220015******2222');
  });
});
