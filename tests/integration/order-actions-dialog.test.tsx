import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { callEndpoint } from '@/api/client';
import { endpoints } from '@/api/endpoints';
import { isApiError } from '@/api/problem';
import { configureMocks } from '../../mocks/handlers/config';
import { server } from '../../mocks/node';
import { getGateway } from '../../mocks/runtime';
import { LIVE_PROFILE, TEST_PROFILE, advanceGatewayClock, renderApp, signedInAs } from './render-app';

const ACTOR = { user: 'admin', ip: '10.0.0.1' };

async function openDialog(billnumber: string, action: RegExp, profile = LIVE_PROFILE) {
  await signedInAs('accountant');
  const ui = renderApp(`/p/${profile}/orders/${billnumber}`);
  await ui.user.click(await screen.findByRole('button', { name: action }));
  const dialog = await screen.findByRole('dialog');
  return { ui, dialog };
}

async function choosePartial(ui: ReturnType<typeof renderApp>, dialog: HTMLElement, amount: string) {
  await ui.user.click(within(dialog).getByRole('radio', { name: 'Часть суммы' }));
  const field = within(dialog).getByLabelText('Сумма, RUB');
  await ui.user.clear(field);
  if (amount !== '') await ui.user.type(field, amount);
  return field;
}

/** A held payment of 700,00 with its confirm dialog open, and the button that confirms it all. */
async function openHeldConfirm() {
  const order = getGateway().createPaidOrder(LIVE_PROFILE, { delay: true, amount: '700.00' });
  const { ui, dialog } = await openDialog(order.billnumber, /^Подтвердить/);
  const confirmAll = () => within(dialog).getByRole('button', { name: /^Подтвердить 700,00/ });
  return { order, ui, dialog, confirmAll };
}

const cancels = (billnumber: string) =>
  getGateway()
    .getOrder(LIVE_PROFILE, billnumber)
    .operations.filter((op) => op.type === '300');

describe('confirm and cancel from the order page', () => {
  it('confirms part of a hold, names the live profile and the amount, and shows what was created', async () => {
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { delay: true, amount: '1500.00' });
    const { ui, dialog } = await openDialog(order.billnumber, /^Подтвердить/);
    expect(within(dialog).getByRole('heading', { name: `Подтверждение заказа ${order.ordernumber}` })).toBeVisible();
    expect(within(dialog).getByText(/Боевой профиль/)).toHaveTextContent('600401');
    expect(within(dialog).getByTestId('live-amount')).toHaveTextContent(/1\s500,00\s₽/);

    const field = await choosePartial(ui, dialog, '500,5');
    expect(field).toHaveAccessibleDescription(/Доступно: 1\s500,00\s₽/);
    expect(within(dialog).getByTestId('live-amount')).toHaveTextContent(/500,50\s₽/);
    expect(within(dialog).getByTestId('action-preview')).toHaveTextContent(/остаток блокировки снимется/);
    await ui.user.click(within(dialog).getByRole('button', { name: /^Подтвердить 500,50/ }));

    const outcome = await within(dialog).findByRole('status');
    expect(outcome).toHaveTextContent('Готово: заказ в состоянии «Подтверждён частично»');
    expect(within(outcome).getByRole('list', { name: 'Созданные операции' })).toHaveTextContent(
      new RegExp(`Подтверждение ${order.billnumber}\\.2`),
    );
    expect(getGateway().getOrder(LIVE_PROFILE, order.billnumber).orderstate).toBe('PartialDelayed');
    await ui.user.click(within(dialog).getByRole('button', { name: 'Закрыть' }));
    // The page shows the order the gateway returned, not the one it had before.
    expect(await screen.findByRole('heading', { level: 1 })).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getAllByText('Подтверждён частично').length).toBeGreaterThan(0);
  });

  it('says a reversal will happen before settlement, a refund after it, and cancels a Спасибо accrual too', async () => {
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { amount: '800.00', payment: { bonus: true } });
    const { ui, dialog } = await openDialog(order.billnumber, /^Отменить/);
    expect(within(dialog).getByTestId('action-preview')).toHaveTextContent(/Реверс авторизации/);
    expect(within(dialog).getByText('Начисление баллов «Спасибо» будет отменено вместе с оплатой.')).toBeVisible();
    await ui.user.click(within(dialog).getByRole('radio', { name: 'Мошенничество' }));
    await ui.user.click(within(dialog).getByRole('button', { name: /^Отменить 800,00/ }));
    const created = within(await within(dialog).findByRole('status')).getByRole('list', { name: 'Созданные операции' });
    expect(created).toHaveTextContent('Отмена');
    expect(created).toHaveTextContent('Отмена начисления баллов');
    expect(created).toHaveTextContent('Реверс авторизации');
    expect(cancels(order.billnumber)[0]?.reason).toBe(3);
  });

  it('offers a refund once the payment is settled', async () => {
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { amount: '300.00', createdAt: '2026-11-20T09:00:00Z' });
    const { dialog } = await openDialog(order.billnumber, /^Отменить с возвратом/);
    expect(
      within(dialog).getByRole('heading', { name: `Отмена заказа ${order.ordernumber} с возвратом денег` }),
    ).toBeVisible();
    expect(within(dialog).getByTestId('action-preview')).toHaveTextContent(/Возврат: 300,00\s₽ вернутся покупателю/);
  });

  it('cancels an unconfirmed hold only in full', async () => {
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { delay: true, amount: '200.00' });
    const { dialog } = await openDialog(order.billnumber, /^Отменить/);
    expect(within(dialog).queryByRole('radio', { name: 'Часть суммы' })).not.toBeInTheDocument();
    expect(within(dialog).getByText(/можно отменить только целиком/)).toBeVisible();
  });

  it.each([
    ['0', 'Сумма должна быть больше нуля.'],
    ['-5', 'Сумма не может быть отрицательной.'],
    ['1500,01', 'Больше доступного.'],
    ['10,1234', 'В RUB не больше 2 знаков после запятой.'],
    ['10 $', 'Валюта должна быть валютой платежа: RUB.'],
    ['1,234', 'Непонятно, что значит 1,234: укажите копейки, например 1 234,00 или 1,23.'],
    ['десять', 'Не похоже на сумму. Пример: 1 234,56 или 1234.56.'],
    ['', 'Введите сумму.'],
  ])('refuses %j on the client with its own message, tied to the field, sending nothing', async (input, message) => {
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { delay: true, amount: '1500.00' });
    const { ui, dialog } = await openDialog(order.billnumber, /^Подтвердить/);
    const field = await choosePartial(ui, dialog, input);
    await ui.user.click(within(dialog).getByRole('button', { name: /^Подтвердить/ }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    // The message is the first thing the field is described by, then the limit.
    expect(field.getAttribute('aria-describedby')?.split(' ')).toHaveLength(2);
    const [errorId] = field.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(document.getElementById(errorId ?? '')?.textContent?.replace(/[\u00a0\u202f]/g, ' ')).toBe(message);
    expect(getGateway().audit(LIVE_PROFILE)).toHaveLength(0);
  });

  it('a response lost after the gateway applied it: the retry returns the same operation, one refund', async () => {
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { amount: '1000.00' });
    const { ui, dialog } = await openDialog(order.billnumber, /^Отменить/);
    await choosePartial(ui, dialog, '300');
    configureMocks({ fault: 'lost-response' });
    await ui.user.click(within(dialog).getByRole('button', { name: /^Отменить 300,00/ }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Нет ответа от шлюза. Возможно, операция выполнена');
    expect(cancels(order.billnumber)).toHaveLength(1);

    configureMocks({ fault: 'none' });
    await ui.user.click(within(alert).getByRole('button', { name: 'Повторить' }));
    const outcome = await within(dialog).findByRole('status');
    expect(outcome).toHaveTextContent('Отменён частично');
    expect(outcome).toHaveTextContent(`Отмена ${order.billnumber}.2`);
    expect(cancels(order.billnumber)).toHaveLength(1);
    expect(
      getGateway()
        .audit(LIVE_PROFILE)
        .map((entry) => entry.outcome),
    ).toEqual(['applied', 'replayed']);
  });

  it('after a lost answer offers one way on, the retry of the same request, said once', async () => {
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { amount: '1000.00' });
    const { ui, dialog } = await openDialog(order.billnumber, /^Отменить/);
    const field = await choosePartial(ui, dialog, '300');
    configureMocks({ fault: 'lost-response' });
    await ui.user.click(within(dialog).getByRole('button', { name: /^Отменить 300,00/ }));
    const alert = await within(dialog).findByRole('alert');
    configureMocks({ fault: 'none' });
    // No second, competing send with other values: the form waits, the retry resends as it was.
    expect(field).toBeDisabled();
    expect(within(dialog).queryByRole('button', { name: /^Отменить 300,00/ })).not.toBeInTheDocument();
    expect(within(alert).getAllByText(/дважды/)).toHaveLength(1);
    await ui.user.click(within(alert).getByRole('button', { name: 'Повторить' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Отменён частично');
    expect(cancels(order.billnumber)).toHaveLength(1);
  });

  it('a 500 leaves the order untouched and offers a retry that then goes through', async () => {
    const { order, ui, dialog, confirmAll } = await openHeldConfirm();
    configureMocks({ fault: 'error500' });
    await ui.user.click(confirmAll());
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Ошибка шлюза. Заказ не изменён; повторите.');
    expect(getGateway().getOrder(LIVE_PROFILE, order.billnumber).orderstate).toBe('Delayed');
    configureMocks({ fault: 'none' });
    await ui.user.click(within(alert).getByRole('button', { name: 'Повторить' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Оплачен');
  });

  it('a double click sends one intent: one confirmation', async () => {
    const { order, ui, dialog, confirmAll } = await openHeldConfirm();
    await ui.user.dblClick(confirmAll());
    await within(dialog).findByRole('status');
    const confirmations = getGateway()
      .getOrder(LIVE_PROFILE, order.billnumber)
      .operations.filter((op) => op.type === '200');
    expect(confirmations).toHaveLength(1);
  });

  it('a 409 (the order changed meanwhile) shows its current state and does nothing else', async () => {
    const { ui, dialog, confirmAll } = await openHeldConfirm();
    configureMocks({ fault: 'conflict' });
    await ui.user.click(confirmAll());
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Заказ изменился');
    expect(alert).toHaveTextContent('Заказ изменился, пока открыто окно. Ничего не выполнено.');
    configureMocks({ fault: 'none' });
    expect(await within(alert).findByText('Сейчас заказ в состоянии «Ожидает подтверждения».')).toBeVisible();
    expect(getGateway().audit(LIVE_PROFILE)).toHaveLength(0);
  });

  it.each([
    [
      'not-confirmable',
      'Шлюз отказал: заказ нельзя подтвердить в его текущем состоянии.',
      'Подтверждён частично',
      (billnumber: string) =>
        getGateway().confirm(LIVE_PROFILE, billnumber, { amount: '100.00', currency: 'RUB' }, ACTOR),
    ],
    [
      'deadline-passed',
      'Шлюз отказал: срок подтверждения (4 дня) истёк, блокировка снята.',
      'Отменён',
      () => advanceGatewayClock(5 * 24 * 3600 * 1000),
    ],
  ])(
    'the gateway refuses %s when the order moved on; the dialog shows its new state',
    async (_code, message, state, move) => {
      const { order, ui, dialog, confirmAll } = await openHeldConfirm();
      move(order.billnumber);
      await ui.user.click(confirmAll());
      const alert = await within(dialog).findByRole('alert');
      expect(alert).toHaveTextContent(message);
      expect(await within(alert).findByText(`Сейчас заказ в состоянии «${state}».`)).toBeVisible();
    },
  );

  it('order-closed: the order was cancelled elsewhere while the dialog was open', async () => {
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { amount: '700.00' });
    const { ui, dialog } = await openDialog(order.billnumber, /^Отменить/);
    getGateway().cancel(LIVE_PROFILE, order.billnumber, {}, ACTOR);
    await ui.user.click(within(dialog).getByRole('button', { name: /^Отменить 700,00/ }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Шлюз отказал: заказ закрыт');
    expect(within(dialog).getByText(/Сейчас это действие недоступно: заказ уже отменён полностью/)).toBeVisible();
  });

  it('amount-exceeds-remaining: someone refunded part meanwhile; the field says so and the limit updates', async () => {
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { amount: '1000.00' });
    const { ui, dialog } = await openDialog(order.billnumber, /^Отменить/);
    const field = await choosePartial(ui, dialog, '900');
    getGateway().cancel(LIVE_PROFILE, order.billnumber, { amount: '500.00', currency: 'RUB' }, ACTOR);
    await ui.user.click(within(dialog).getByRole('button', { name: /^Отменить 900,00/ }));
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        /Шлюз отказал: сумма больше, чем осталось по заказу\..*Доступно: 500,00/,
      ),
    );
  });

  it.each([
    ['partial-not-allowed', 409, 'Шлюз отказал: частичная отмена возможна только после подтверждения.'],
    ['not-cancellable', 409, 'Шлюз отказал: отменять нечего, оплата ещё не завершена.'],
    ['payment-not-pending', 409, 'Шлюз отказал: платёж не ожидает действия.'],
    ['forbidden', 403, 'Нет права на это действие.'],
    ['not-found', 404, 'Заказ не найден.'],
    ['validation', 422, 'Шлюз не принял запрос.'],
    ['amount-not-positive', 422, 'Шлюз отказал: сумма должна быть больше нуля.'],
    ['amount-invalid', 422, 'Шлюз отказал: сумма записана неверно.'],
    ['currency-mismatch', 422, 'Шлюз отказал: валюта не совпадает с валютой платежа.'],
    ['amount-currency-together', 422, 'Шлюз отказал: сумма и валюта указываются вместе.'],
  ])('explains the server refusal %s (%i) in its own words', async (code, status, message) => {
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { amount: '700.00' });
    server.use(
      http.post('*/api/v1/profiles/:profileId/orders/:billnumber/cancel', () =>
        HttpResponse.json({ type: 'about:blank', title: 'Refused', status, code, detail: 'gateway words' }, { status }),
      ),
    );
    const { ui, dialog } = await openDialog(order.billnumber, /^Отменить/);
    await ui.user.click(within(dialog).getByRole('button', { name: /^Отменить 700,00/ }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    expect(within(dialog).getByRole('alert')).toHaveTextContent('gateway words');
  });
});

describe('rights', () => {
  it('offers a viewer no action, and the API refuses a forged one with 403', async () => {
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { delay: true, amount: '700.00' });
    await signedInAs('viewer');
    renderApp(`/p/${LIVE_PROFILE}/orders/${order.billnumber}`);
    expect(await screen.findByRole('heading', { level: 1 })).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Подтвердить/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Отменить/ })).not.toBeInTheDocument();
    const forged = await callEndpoint(endpoints.confirmOrder, {
      params: { profileId: LIVE_PROFILE, billnumber: order.billnumber },
      headers: { 'idempotency-key': 'forged-key-123' },
      body: {},
    }).catch((error: unknown) => error);
    expect(isApiError(forged, 403)).toBe(true);
    expect(getGateway().getOrder(LIVE_PROFILE, order.billnumber).orderstate).toBe('Delayed');
  });

  it('names the test profile in a test order dialog', async () => {
    const order = getGateway().createPaidOrder(TEST_PROFILE, { delay: true, amount: '100.00' });
    const { dialog } = await openDialog(order.billnumber, /^Подтвердить/, TEST_PROFILE);
    expect(within(dialog).getByText(/Тестовый профиль 900401: .*деньги не движутся/)).toBeVisible();
    expect(within(dialog).queryByTestId('live-amount')).not.toBeInTheDocument();
  });
});
