import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { getGateway } from '../../mocks/runtime';
import { ORDERS, idsOf } from './order-list';
import { findOrdersGrid, LIVE_PROFILE, openFilters, renderApp, signedInAs } from './render-app';

beforeAll(async () => {
  await Promise.all([
    import('@/app/routes/shell-route'),
    import('@/app/routes/profile-route'),
    import('@/app/routes/orders-route'),
  ]);
}, 30_000);

describe('the amount filters', () => {
  it('take the Russian decimal comma and group spaces, as the money dialogs do', async () => {
    const paid = getGateway().createPaidOrder(LIVE_PROFILE, { ordernumber: 'AMT-1', amount: '1000.50' });
    await signedInAs();
    const ui = renderApp(`${ORDERS}?ordernumber=AMT-%25`);
    const grid = await findOrdersGrid();
    await openFilters(ui);

    await ui.user.type(screen.getByLabelText('Сумма от'), '1 000,50');
    await waitFor(() => expect(ui.location().params.get('amountFrom')).toBe('1000.50'));
    await ui.user.type(screen.getByLabelText('Сумма до'), '1000,5');
    await waitFor(() => expect(ui.location().params.get('amountTo')).toBe('1000.50'));
    await waitFor(() => expect(idsOf(grid)).toEqual([paid.billnumber]));
    const summary = screen.getByRole('region', { name: 'Активные фильтры' });
    expect(within(summary).getByRole('button', { name: /^Убрать фильтр Сумма от: 1\s000,5/ })).toBeVisible();
  });

  it('says which value still filters the list while the typed one cannot be used', async () => {
    await signedInAs();
    const ui = renderApp(`${ORDERS}?amountFrom=1000.50`);
    await findOrdersGrid();
    await openFilters(ui);
    const field = screen.getByLabelText('Сумма от');
    expect(field).toHaveValue('1\u00a0000,50');

    await ui.user.clear(field);
    await ui.user.type(field, '12,3,4');
    await ui.user.tab();
    expect(field).toHaveAccessibleDescription(/Не похоже на сумму.*Действует прежнее значение: 1\s000,50/);
    expect(ui.location().params.get('amountFrom')).toBe('1000.50');
  });
});
