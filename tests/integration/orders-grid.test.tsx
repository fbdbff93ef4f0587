import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ORDERS, expectedIds, holdSecondPage, idsOf } from './order-list';
import { LIVE_PROFILE, cell, dataRows, findOrdersGrid, renderApp, signedInAs } from './render-app';

beforeAll(async () => {
  await Promise.all([
    import('@/app/routes/shell-route'),
    import('@/app/routes/profile-route'),
    import('@/app/routes/orders-route'),
  ]);
}, 30_000);

describe('the orders grid', () => {
  it('links every order to its page, so it opens in a new tab as any link does', async () => {
    await signedInAs('viewer');
    renderApp(ORDERS);
    const grid = await findOrdersGrid();
    for (const row of dataRows(grid)) {
      const link = within(cell(row, 'ordernumber')).getByRole('link');
      expect(link).toHaveAttribute('href', `/p/${LIVE_PROFILE}/orders/${row.getAttribute('data-id')}`);
    }
  });

  it('copies the order number and the billnumber from the order page', async () => {
    await signedInAs('viewer');
    const ui = renderApp(ORDERS);
    const grid = await findOrdersGrid();
    const [row] = dataRows(grid);
    const billnumber = row!.getAttribute('data-id') ?? '';
    const ordernumber = within(cell(row!, 'ordernumber')).getByRole('link').textContent ?? '';
    await ui.user.click(within(cell(row!, 'ordernumber')).getByRole('link'));
    await screen.findByRole('heading', { level: 1, name: `Заказ ${ordernumber}` });

    await ui.user.click(screen.getByRole('button', { name: 'Скопировать: Номер в системе' }));
    expect(await navigator.clipboard.readText()).toBe(billnumber);
    expect(await screen.findByText('Скопировано: Номер в системе')).toBeInTheDocument();
    await ui.user.click(screen.getByRole('button', { name: 'Скопировать: Номер заказа' }));
    expect(await navigator.clipboard.readText()).toBe(ordernumber);
  });

  it('is one Tab stop: exactly one element inside it is in the tab order', async () => {
    await signedInAs('admin');
    renderApp(ORDERS);
    const grid = await findOrdersGrid();
    await waitFor(() => expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1));
    const focusable = grid.querySelectorAll('a[href], button, input, [tabindex]');
    expect([...focusable].filter((element) => element.getAttribute('tabindex') !== '-1')).toHaveLength(1);
  });

  it('dims the old rows while the next page loads and lets nobody select them meanwhile', async () => {
    await signedInAs('admin');
    const ui = renderApp(ORDERS);
    const grid = await findOrdersGrid();
    const first = idsOf(grid);
    const release = holdSecondPage();
    await ui.user.click(screen.getByRole('button', { name: 'Перейти на следующую страницу' }));
    await waitFor(() => expect(grid).toHaveAttribute('aria-busy', 'true'));
    expect(idsOf(grid)).toEqual(first);
    for (const row of dataRows(grid)) expect(within(row).getByRole('checkbox')).toBeDisabled();
    expect(within(grid).getByRole('checkbox', { name: 'Выбрать все заказы на странице' })).toBeDisabled();

    release();
    await waitFor(() => expect(idsOf(grid)).toEqual(expectedIds({ page: 2 })));
    expect(grid).not.toHaveAttribute('aria-busy');
    const [row] = dataRows(grid);
    await ui.user.click(within(row!).getByRole('checkbox'));
    expect(row).toHaveAttribute('aria-selected', 'true');
  });

  it('says how orders in different currencies are ordered when sorted by amount', async () => {
    await signedInAs('viewer');
    const ui = renderApp(ORDERS);
    const grid = await findOrdersGrid();
    expect(screen.queryByText(/Суммы в разных валютах не сравниваются/)).not.toBeInTheDocument();
    await ui.user.click(within(grid).getByRole('columnheader', { name: /^Сумма/ }));
    const header = within(grid).getByRole('columnheader', { name: /^Сумма/ });
    await waitFor(() => expect(header).toHaveAccessibleDescription(/сначала рубли, затем остальные валюты по коду/));
    await waitFor(() => expect(idsOf(grid)).toEqual(expectedIds({ sort: '-orderamount' })));
  });
});
