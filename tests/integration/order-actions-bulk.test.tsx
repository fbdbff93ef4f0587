import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OrderDetail } from '@/api/orders';
import { configureMocks } from '../../mocks/handlers/config';
import { getGateway } from '../../mocks/runtime';
import { LIVE_PROFILE, dataRows, findOrdersGrid, renderApp, signedInAs } from './render-app';

const ACTOR = { user: 'admin', ip: '10.0.0.1' };

/** Five fresh orders on top of the list (newest first): four holds and one one-stage payment. */
function fiveOrders(): OrderDetail[] {
  const at = (minute: number) => `2026-11-28T08:5${minute}:00Z`;
  return [
    getGateway().createPaidOrder(LIVE_PROFILE, { delay: true, amount: '100.00', createdAt: at(1) }),
    getGateway().createPaidOrder(LIVE_PROFILE, { delay: true, amount: '200.00', createdAt: at(2) }),
    getGateway().createPaidOrder(LIVE_PROFILE, { amount: '300.00', createdAt: at(3) }),
    getGateway().createPaidOrder(LIVE_PROFILE, { delay: true, amount: '400.00', currency: 'USD', createdAt: at(4) }),
    getGateway().createPaidOrder(LIVE_PROFILE, { delay: true, amount: '500.00', createdAt: at(5) }),
  ];
}

async function selectAndOpen(orders: readonly OrderDetail[], action: string) {
  await signedInAs('accountant');
  const ui = renderApp(`/p/${LIVE_PROFILE}/orders`);
  // The grid's chunk is loaded lazily; the first test of a run pays for it.
  await screen.findByRole('grid', { name: 'Заказы' }, { timeout: 10_000 });
  const grid = await findOrdersGrid();
  for (const order of orders) {
    const row = dataRows(grid).find((candidate) => candidate.getAttribute('data-id') === order.billnumber);
    if (!row) throw new Error(`Order ${order.billnumber} is not on the first page`);
    await ui.user.click(within(row).getByRole('checkbox'));
  }
  await ui.user.click(screen.getByRole('button', { name: action }));
  return { ui, dialog: await screen.findByRole('dialog', { name: 'Подтверждение заказов' }) };
}

const rowOf = (dialog: HTMLElement, billnumber: string) =>
  within(dialog)
    .getAllByRole('row')
    .find((row) => row.getAttribute('data-billnumber') === billnumber)!;

describe('bulk confirm', () => {
  it('lists every selected order with eligibility, totals per currency, asks for the count, runs, retries the failed', async () => {
    const orders = fiveOrders();
    const [a, b, oneStage, usd, e] = orders as [OrderDetail, OrderDetail, OrderDetail, OrderDetail, OrderDetail];
    const { ui, dialog } = await selectAndOpen(orders, 'Подтвердить выбранные');

    expect(within(rowOf(dialog, oneStage.billnumber)).getByRole('checkbox')).toBeDisabled();
    expect(rowOf(dialog, oneStage.billnumber)).toHaveTextContent('одностадийный платёж не требует подтверждения');
    expect(within(dialog).getByText(/Выбрано 4 из 5/)).toHaveTextContent(/Итого: 800,00\s₽ · 400,00\s\$/);

    await ui.user.click(within(dialog).getByRole('checkbox', { name: `Выполнить для заказа ${e.ordernumber}` }));
    expect(within(dialog).getByText(/Выбрано 3 из 5/)).toHaveTextContent(/Итого: 300,00\s₽ · 400,00\s\$/);

    // Someone confirms one of them elsewhere meanwhile: that one fails, the rest go through.
    getGateway().confirm(LIVE_PROFILE, b.billnumber, {}, ACTOR);
    const run = within(dialog).getByRole('button', { name: 'Выполнить для 3' });
    await ui.user.click(run);
    expect(within(dialog).getByText('Число не совпадает с числом выбранных заказов.')).toBeVisible();
    await ui.user.type(within(dialog).getByLabelText('Введите число заказов (3) для подтверждения'), '3');
    await ui.user.click(run);

    expect(await within(dialog).findByText('Выполнено: 2, не выполнено: 1.')).toBeVisible();
    expect(rowOf(dialog, a.billnumber)).toHaveTextContent('Выполнено: «Оплачен»');
    expect(rowOf(dialog, usd.billnumber)).toHaveTextContent('Выполнено: «Оплачен»');
    expect(rowOf(dialog, b.billnumber)).toHaveTextContent('Шлюз отказал: заказ нельзя подтвердить');
    expect(rowOf(dialog, b.billnumber)).toHaveTextContent('Сейчас заказ в состоянии «Оплачен»');
    expect(getGateway().getOrder(LIVE_PROFILE, e.billnumber).orderstate).toBe('Delayed');
  });

  it('retries only the failed ones under the same key, never repeating the ones that went through', async () => {
    const orders = fiveOrders();
    const [a, b] = orders as [OrderDetail, OrderDetail];
    const { ui, dialog } = await selectAndOpen([a, b], 'Подтвердить выбранные');
    await ui.user.type(within(dialog).getByLabelText('Введите число заказов (2) для подтверждения'), '2');
    configureMocks({ fault: 'lost-response' });
    await ui.user.click(within(dialog).getByRole('button', { name: 'Выполнить для 2' }));
    expect(await within(dialog).findByText('Выполнено: 0, не выполнено: 2.')).toBeVisible();
    configureMocks({ fault: 'none' });
    await ui.user.click(within(dialog).getByRole('button', { name: 'Повторить неудавшиеся (2)' }));
    expect(await within(dialog).findByText('Выполнено: 2, не выполнено: 0.')).toBeVisible();
    for (const order of [a, b]) {
      const confirmations = getGateway()
        .getOrder(LIVE_PROFILE, order.billnumber)
        .operations.filter((op) => op.type === '200');
      expect(confirmations).toHaveLength(1);
    }
    await ui.user.click(within(dialog).getByRole('button', { name: 'Закрыть' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
