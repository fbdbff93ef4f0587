import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getGateway, resetGateway } from '../../mocks/runtime';
import { LIVE_PROFILE, advanceGatewayClock, dataRows, findOrdersGrid, renderApp, signedInAs } from './render-app';

const HOUR = 3600 * 1000;

function rowOf(billnumber: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'Ожидают подтверждения' });
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => candidate.getAttribute('data-billnumber') === billnumber);
  if (!row) throw new Error(`No row for ${billnumber}`);
  return row;
}

describe('the awaiting-confirmation cockpit', () => {
  it('lists holds by time left, marks the last day, confirms from a row and shows the automatic reversal', async () => {
    // The cockpit measures time left on the real clock: the gateway follows it here, so the test
    // holds on any day.
    getGateway().clock.set(Date.now());
    const now = getGateway().clock.now();
    const urgent = getGateway().createPaidOrder(LIVE_PROFILE, {
      delay: true,
      amount: '250.00',
      createdAt: now - 4 * 24 * HOUR + 2 * HOUR,
    });
    const calm = getGateway().createPaidOrder(LIVE_PROFILE, { delay: true, amount: '900.00' });
    await signedInAs('accountant');
    const ui = renderApp(`/p/${LIVE_PROFILE}/orders`);
    await ui.user.click(await screen.findByRole('link', { name: 'Ожидают подтверждения' }, { timeout: 10_000 }));
    // The cockpit is the first page drawn with MUI here: its code and the theme's load on the way.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ожидают подтверждения' }, { timeout: 10_000 }),
    ).toBeVisible();
    await screen.findByRole('table', { name: 'Ожидают подтверждения' });

    const rows = within(screen.getByRole('table', { name: 'Ожидают подтверждения' }))
      .getAllByRole('row')
      .map((row) => row.getAttribute('data-billnumber'))
      .filter(Boolean);
    expect(rows.indexOf(urgent.billnumber)).toBeLessThan(rows.indexOf(calm.billnumber));
    expect(rowOf(urgent.billnumber)).toHaveAttribute('data-urgency', 'urgent');
    expect(within(rowOf(urgent.billnumber)).getByText('Меньше суток')).toBeVisible();
    expect(rowOf(calm.billnumber)).toHaveAttribute('data-urgency', 'normal');

    await ui.user.click(
      within(rowOf(calm.billnumber)).getByRole('button', { name: `Подтвердить заказ ${calm.ordernumber}` }),
    );
    const dialog = await screen.findByRole('dialog');
    await ui.user.click(within(dialog).getByRole('button', { name: /^Подтвердить 900,00/ }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Оплачен');
    await ui.user.click(within(dialog).getByRole('button', { name: 'Закрыть' }));
    // The cockpit's list was refetched before the dialog reported success.
    expect(screen.queryByText(calm.ordernumber)).not.toBeInTheDocument();

    advanceGatewayClock(3 * HOUR);
    await ui.user.click(screen.getByRole('button', { name: 'Обновить' }));
    await waitFor(() => expect(screen.queryByText(urgent.ordernumber)).not.toBeInTheDocument());
    expect(getGateway().getOrder(LIVE_PROFILE, urgent.billnumber).orderstate).toBe('Canceled');
  });

  it('keeps the dialog and its outcome on screen when the last hold leaves the cockpit', async () => {
    // No seeded orders: the confirmed one is the only hold, so the list empties after the action.
    resetGateway({ liveOrders: 0 });
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { delay: true, amount: '310.00' });
    await signedInAs('accountant');
    const ui = renderApp(`/p/${LIVE_PROFILE}/awaiting`);
    await screen.findByRole('table', { name: 'Ожидают подтверждения' }, { timeout: 10_000 });
    await ui.user.click(
      within(rowOf(order.billnumber)).getByRole('button', { name: `Подтвердить заказ ${order.ordernumber}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: `Подтверждение заказа ${order.ordernumber}` });
    await ui.user.click(within(dialog).getByRole('button', { name: /^Подтвердить 310,00/ }));

    const outcome = await within(dialog).findByRole('status');
    expect(outcome).toHaveTextContent('Готово: заказ в состоянии «Оплачен»');
    expect(screen.getByText('Нет заказов, ожидающих подтверждения')).toBeVisible();
    expect(screen.queryByRole('table', { name: 'Ожидают подтверждения', hidden: true })).not.toBeInTheDocument();
    expect(dialog).toBeInTheDocument();
    await ui.user.click(within(dialog).getByRole('button', { name: 'Закрыть' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows a viewer the list without actions', async () => {
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { delay: true, amount: '250.00' });
    await signedInAs('viewer');
    renderApp(`/p/${LIVE_PROFILE}/awaiting`);
    const table = await screen.findByRole('table', { name: 'Ожидают подтверждения' }, { timeout: 10_000 });
    expect(within(rowOf(order.billnumber)).queryByRole('button')).not.toBeInTheDocument();
    // No column of empty cells either.
    expect(within(table).queryByRole('columnheader', { name: 'Действия' })).not.toBeInTheDocument();
    expect(within(table).getAllByRole('columnheader')).toHaveLength(
      within(rowOf(order.billnumber)).getAllByRole('cell').length,
    );
  });
});

describe('the grid row menu', () => {
  it('offers what the order takes now and opens its dialog', async () => {
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { delay: true, amount: '120.00' });
    await signedInAs('accountant');
    const ui = renderApp(`/p/${LIVE_PROFILE}/orders`);
    await screen.findByRole('grid', { name: 'Заказы' }, { timeout: 10_000 });
    const grid = await findOrdersGrid();
    const row = dataRows(grid).find((candidate) => candidate.getAttribute('data-id') === order.billnumber);
    await ui.user.click(within(row!).getByRole('button', { name: `Действия с заказом ${order.ordernumber}` }));
    const menu = await screen.findByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Подтвердить…', 'Отменить…']);
    await ui.user.click(within(menu).getByRole('menuitem', { name: 'Подтвердить…' }));
    expect(await screen.findByRole('dialog', { name: `Подтверждение заказа ${order.ordernumber}` })).toBeVisible();
    expect(ui.location().pathname).toBe(`/p/${LIVE_PROFILE}/orders`);
  });

  it('keeps the dialog and its outcome on screen when the confirmed order leaves the filtered list', async () => {
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { delay: true, amount: '130.00' });
    await signedInAs('accountant');
    const ui = renderApp(`/p/${LIVE_PROFILE}/orders?state=Delayed`);
    const grid = await findOrdersGrid();
    const row = await waitFor(() => {
      const found = dataRows(grid).find((candidate) => candidate.getAttribute('data-id') === order.billnumber);
      if (!found) throw new Error('the held order is not listed yet');
      return found;
    });
    await ui.user.click(within(row).getByRole('button', { name: `Действия с заказом ${order.ordernumber}` }));
    await ui.user.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'Подтвердить…' }));
    const dialog = await screen.findByRole('dialog', { name: `Подтверждение заказа ${order.ordernumber}` });
    await ui.user.click(within(dialog).getByRole('button', { name: /^Подтвердить 130,00/ }));

    // The list has refetched without the order (it is Approved now), yet the outcome stays.
    await waitFor(() => expect(grid.querySelector(`[data-id="${order.billnumber}"]`)).toBeNull());
    const outcome = await within(dialog).findByRole('status');
    expect(dialog).toBeInTheDocument();
    expect(outcome).toBeVisible();
    expect(outcome).toHaveTextContent('Готово: заказ в состоянии «Оплачен»');
    expect(within(outcome).getByRole('list', { name: 'Созданные операции' })).toHaveTextContent(
      new RegExp(`Подтверждение ${order.billnumber}\\.2`),
    );
    await ui.user.click(within(dialog).getByRole('button', { name: 'Закрыть' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
