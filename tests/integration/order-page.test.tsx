import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getGateway } from '../../mocks/runtime';
import { LIVE_PROFILE, cell, dataRows, findOrdersGrid, renderApp, signedInAs } from './render-app';

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function openNewestOrder(ui: ReturnType<typeof renderApp>) {
  const grid = await findOrdersGrid();
  const [newest] = dataRows(grid);
  if (!newest) throw new Error('The list is empty');
  await ui.user.click(cell(newest, 'ordernumber'));
}

function operations() {
  return screen.getByRole('region', { name: 'Операции' });
}

describe('the order page', () => {
  it('opens from a row and shows a paid order with its payment and authorization', async () => {
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { ordernumber: 'BOOK-1001', amount: '1500.00' });
    await signedInAs();
    const ui = renderApp(`/p/${LIVE_PROFILE}/orders`);
    await openNewestOrder(ui);

    expect(await screen.findByRole('heading', { level: 1, name: 'Заказ BOOK-1001' })).toBeInTheDocument();
    expect(ui.location().pathname).toBe(`/p/${LIVE_PROFILE}/orders/${order.billnumber}`);
    expect(order.orderstate).toBe('Approved');
    expect(screen.getByText('Оплачен')).toBeInTheDocument();
    expect(screen.getByText('Заказ оплачен.')).toBeInTheDocument();

    const money = screen.getByRole('region', { name: 'Суммы' });
    expect(plain(money.textContent)).toContain('Исходная сумма1 500,00 ₽');
    const detail = getGateway().getOrder(LIVE_PROFILE, order.billnumber);
    const rub = (amount: string) => `${amount.replace(/\B(?=(\d{3})+(?!\d))/g, ' ').replace('.', ',')} ₽`;
    expect(plain(money.textContent)).toContain(`Авторизовано${rub(detail.totals.authorized)}`);
    expect(plain(money.textContent)).toContain(`Остаток${rub(detail.totals.remaining)}`);

    const payment = within(operations()).getByRole('article', { name: `Оплата ${order.billnumber}.1` });
    expect(within(payment).getAllByText('Успешно').length).toBeGreaterThan(0);
    expect(within(payment).getByText('AS000')).toBeInTheDocument();
    const transactions = within(payment).getByRole('table', { name: 'Транзакции' });
    const authorization = within(transactions).getByRole('row', { name: /Авторизация/ });
    expect(plain(authorization.textContent)).toContain('1 500,00 ₽');
    expect(authorization).toHaveTextContent('Принята');
  });

  it('shows a held two-stage payment with its confirmation deadline', async () => {
    getGateway().createPaidOrder(LIVE_PROFILE, { ordernumber: 'BOOK-HOLD', delay: true });
    await signedInAs();
    const ui = renderApp(`/p/${LIVE_PROFILE}/orders`);
    await openNewestOrder(ui);

    expect(await screen.findByRole('heading', { level: 1, name: 'Заказ BOOK-HOLD' })).toBeInTheDocument();
    expect(screen.getByText('Ожидает подтверждения')).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Сведения' });
    expect(details).toHaveTextContent('Двухстадийная (с подтверждением)');
    expect(details).toHaveTextContent('Подтвердить до');
    expect(screen.getByText(/^Подтвердите до .* — осталось (\d+ д )?(\d+ ч )?\d+ мин\./)).toBeVisible();
    const payment = within(operations()).getByRole('article', { name: /^Оплата / });
    expect(within(payment).getByRole('row', { name: /Авторизация/ })).toBeInTheDocument();
    expect(within(payment).queryByRole('row', { name: /Финансовая/ })).not.toBeInTheDocument();
  });

  it('lists a cancellation after the payment, with the reversal the gateway chose', async () => {
    const paid = getGateway().createPaidOrder(LIVE_PROFILE, { ordernumber: 'BOOK-CANCEL', amount: '800.00' });
    getGateway().cancel(LIVE_PROFILE, paid.billnumber, {}, { user: 'accountant' });
    await signedInAs();
    renderApp(`/p/${LIVE_PROFILE}/orders/${paid.billnumber}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Заказ BOOK-CANCEL' })).toBeInTheDocument();
    expect(screen.getByText('Отменён')).toBeInTheDocument();
    const cancel = within(operations()).getByRole('article', { name: `Отмена ${paid.billnumber}.2` });
    expect(cancel).toHaveTextContent('accountant');
    expect(within(cancel).getByRole('row', { name: /Реверс авторизации|Возврат/ })).toBeInTheDocument();
    const articles = within(operations()).getAllByRole('article');
    expect(articles.map((article) => within(article).getByRole('heading', { level: 3 }).textContent)).toEqual([
      `Оплата ${paid.billnumber}.1`,
      `Отмена ${paid.billnumber}.2`,
    ]);
  });

  it('opens an order with Enter on a focused row', async () => {
    getGateway().createPaidOrder(LIVE_PROFILE, { ordernumber: 'BOOK-KEYBOARD' });
    await signedInAs();
    const { user } = renderApp(`/p/${LIVE_PROFILE}/orders`);
    const grid = await findOrdersGrid();
    const [newest] = dataRows(grid);
    cell(newest!, 'billnumber').focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Заказ BOOK-KEYBOARD' })).toBeInTheDocument();
  });

  it('leads back to the exact list it was opened from', async () => {
    await signedInAs();
    const ui = renderApp(`/p/${LIVE_PROFILE}/orders?page=2&sort=orderamount`);
    await openNewestOrder(ui);
    await screen.findByRole('heading', { level: 1, name: /^Заказ / });
    await ui.user.click(screen.getByRole('link', { name: 'К списку заказов' }));
    await findOrdersGrid();
    expect(ui.location().pathname).toBe(`/p/${LIVE_PROFILE}/orders`);
    expect(ui.location().search).toBe('?page=2&sort=orderamount');
  });

  it('renders hostile buyer input as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const order = getGateway().createPaidOrder(LIVE_PROFILE, {
      ordernumber: 'BOOK-XSS',
      customer: { lastname: hostile, firstname: '<script>alert(1)</script>' },
      comment: hostile,
    });
    await signedInAs();
    renderApp(`/p/${LIVE_PROFILE}/orders/${order.billnumber}`);
    await screen.findByRole('heading', { level: 1, name: 'Заказ BOOK-XSS' });
    expect(screen.getByRole('region', { name: 'Покупатель' })).toHaveTextContent(
      `${hostile} <script>alert(1)</script>`,
    );
    expect(screen.getByRole('region', { name: 'Комментарий' })).toHaveTextContent(hostile);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('main script')).toBeNull();
  });

  it('answers an order that does not exist with “order … not found” inside the shell', async () => {
    await signedInAs();
    const ui = renderApp(`/p/${LIVE_PROFILE}/orders/9999999999999999`);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Заказ 9999999999999999 не найден' });
    expect(screen.getByRole('main')).toContainElement(heading);
    expect(screen.getByRole('button', { name: 'Выйти' })).toBeVisible();
    await ui.user.click(screen.getByRole('link', { name: 'К списку заказов' }));
    await waitFor(() => expect(ui.location().pathname).toBe(`/p/${LIVE_PROFILE}/orders`));
  });

  it('answers a malformed order number with “not found” without asking the server', async () => {
    await signedInAs();
    renderApp(`/p/${LIVE_PROFILE}/orders/not-a-number`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Заказ not-a-number не найден' })).toBeInTheDocument();
  });

  it('answers an unknown address inside a profile with “not found” inside the shell', async () => {
    await signedInAs();
    renderApp(`/p/${LIVE_PROFILE}/nonsense`);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Страница не найдена' });
    expect(screen.getByRole('main')).toContainElement(heading);
    expect(screen.getByRole('button', { name: 'Выйти' })).toBeVisible();
  });
});
