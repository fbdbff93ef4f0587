import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getGateway } from '../../mocks/runtime';
import { LIVE_PROFILE, TEST_PROFILE, renderApp, signedInAs } from './render-app';

const ACTOR = { user: 'admin', ip: '10.0.0.1' };
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function openDialog(billnumber: string, action: RegExp, profile = LIVE_PROFILE) {
  await signedInAs('accountant');
  const ui = renderApp(`/p/${profile}/orders/${billnumber}`);
  await ui.user.click(await screen.findByRole('button', { name: action }));
  return { ui, dialog: await screen.findByRole('dialog') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('words that agree', () => {
  it('a refund is a cancellation with a refund, in the button, the title and the submit', async () => {
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { amount: '300.00', createdAt: '2026-11-20T09:00:00Z' });
    const { dialog } = await openDialog(order.billnumber, /^Отменить с возвратом…$/);
    expect(
      within(dialog).getByRole('heading', { name: `Отмена заказа ${order.ordernumber} с возвратом денег` }),
    ).toBeVisible();
    expect(within(dialog).getByRole('button', { name: /^Отменить и вернуть 300,00/ })).toBeVisible();
    expect(within(dialog).queryByText('Сумма операции', { selector: 'legend' })).not.toBeInTheDocument();
  });

  it('the test profile’s confirm never says a transaction goes to processing', async () => {
    const order = getGateway().createPaidOrder(TEST_PROFILE, { delay: true, amount: '100.00' });
    const { dialog } = await openDialog(order.billnumber, /^Подтвердить/, TEST_PROFILE);
    const preview = within(dialog).getByTestId('action-preview');
    expect(preview).not.toHaveTextContent('в процессинг уйдёт');
    expect(preview).toHaveTextContent('в тестовом профиле транзакция в процессинг не уходит');
  });

  it('a refusal that leaves nothing to do offers only «Закрыть», and renders without nesting warnings', async () => {
    const errors = vi.spyOn(console, 'error');
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { delay: true, amount: '700.00' });
    const { ui, dialog } = await openDialog(order.billnumber, /^Подтвердить/);
    // Someone else confirms it meanwhile.
    getGateway().confirm(LIVE_PROFILE, order.billnumber, {}, ACTOR, 'other-user-key-1');
    await ui.user.click(within(dialog).getByRole('button', { name: /^Подтвердить 700,00/ }));
    await within(dialog).findByRole('alert');
    const buttons = within(dialog)
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(buttons).toEqual(['Закрыть']);
    expect(errors.mock.calls.map((call) => String(call[0]))).not.toContainEqual(
      expect.stringMatching(/cannot be a descendant of|cannot contain a nested/),
    );
  });

  it('a partial confirmation shows the released part of the hold under «Суммы»', async () => {
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { delay: true, amount: '1000.00' });
    getGateway().confirm(LIVE_PROFILE, order.billnumber, { amount: '400.00', currency: 'RUB' }, ACTOR, 'partial-key-1');
    await signedInAs();
    renderApp(`/p/${LIVE_PROFILE}/orders/${order.billnumber}`);
    const money = await screen.findByRole('region', { name: 'Суммы' });
    expect(plain(money.textContent)).toContain('Снято с блокировки600,00 ₽');
  });
});
