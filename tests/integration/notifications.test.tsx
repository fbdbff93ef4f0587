import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../mocks/gateway/clock';
import type { NotificationTransport } from '../../mocks/gateway/notifications/transport';
import { getGateway, resetGateway } from '../../mocks/runtime';
import { createShopReceiver, type ShopReceiver } from '../../mocks/shop/shop-receiver';
import { LIVE_PROFILE, TEST_PROFILE, advanceGatewayClock, renderApp, signedInAs } from './render-app';

/** The demo shop's own logic in-process, so a test can make it answer, fail or stay silent. */
function withShop(): ShopReceiver {
  const shop = createShopReceiver({ secret: 'LiveWord2026' });
  const transport: NotificationTransport = ({ contentType, body }) => {
    const answer = shop.receive(contentType, body);
    return Promise.resolve(
      answer === null ? { kind: 'no-answer', error: 'timeout after 10000 ms' } : { kind: 'answer', ...answer },
    );
  };
  resetGateway({ notificationTransport: transport });
  return shop;
}

const list = () => screen.getByRole('list', { name: 'Уведомления' });

async function openNotification(ui: ReturnType<typeof renderApp>, name: RegExp) {
  const log = await screen.findByRole('list', { name: 'Уведомления' });
  const item = await within(log).findByRole('button', { name });
  await ui.user.click(item);
  return screen.findByRole('table', { name: new RegExp(`Попытки доставки: ${name.source}`) });
}

describe('the notification log', () => {
  it('sends a test notification and shows it delivered with its attempt', async () => {
    const shop = withShop();
    await signedInAs('admin');
    const ui = renderApp(`/p/${LIVE_PROFILE}/orders`);
    await ui.user.click(await screen.findByRole('link', { name: 'Уведомления' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Уведомления магазину' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Уведомлений нет')).toBeInTheDocument();

    await ui.user.click(screen.getByRole('button', { name: 'Отправить тестовое уведомление' }));
    expect(await screen.findByText('Тестовое уведомление: Доставлено')).toBeInTheDocument();
    expect(shop.received()[0]).toMatchObject({ verified: true, answer: 'acknowledged' });

    const attempts = await openNotification(ui, /Тестовое · заказ TEST-0001/);
    const [, first] = within(attempts).getAllByRole('row');
    expect(first).toHaveTextContent('1 (вручную)');
    expect(first).toHaveTextContent('Принято');
    expect(first).toHaveTextContent('HTTP 200');
    await ui.user.click(within(attempts).getByText('Подробности попытки 1'));
    expect(within(attempts).getByText(/firstcode="0" secondcode="0"/)).toBeVisible();
    expect(within(attempts).getByText(/merchant_id=600401/)).toBeVisible();
  });

  it('warns on every page while deliveries keep failing, and a resend clears it', async () => {
    const shop = withShop();
    shop.setMode('silent');
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { ordernumber: 'SILENT-1', amount: '10.00' });
    await getGateway().notifications.idle();
    await signedInAs('admin');
    // Two more attempts fall due on the gateway's clock: three failures in a row.
    advanceGatewayClock(5 * MINUTE);
    await getGateway().notifications.processDue();

    const ui = renderApp(`/p/${LIVE_PROFILE}/orders`);
    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('Магазин не получает уведомления');
    expect(warning).toHaveTextContent('Попыток доставки подряд без подтверждения: 3');
    await ui.user.click(within(warning).getByRole('link', { name: 'Открыть журнал уведомлений' }));

    const attempts = await openNotification(ui, /Оплата · заказ SILENT-1/);
    expect(within(attempts).getAllByText('Нет ответа')).toHaveLength(3);
    expect(within(list()).getByText('Повторяется')).toBeInTheDocument();

    shop.setMode('acknowledge');
    await ui.user.click(screen.getByRole('button', { name: 'Отправить повторно' }));
    expect(await screen.findByText('Повторная отправка: Доставлено')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(getGateway().notifications.ofOrder(LIVE_PROFILE, order.billnumber)[0]?.status).toBe('delivered');
  });

  it('filters by status and resends the failed ones', async () => {
    const shop = withShop();
    getGateway().createPaidOrder(LIVE_PROFILE, { ordernumber: 'GOOD-1', amount: '10.00' });
    await getGateway().notifications.idle();
    shop.setMode('error');
    getGateway().createPaidOrder(LIVE_PROFILE, { ordernumber: 'BAD-1', amount: '10.00' });
    await getGateway().notifications.idle();
    await signedInAs('admin');
    const ui = renderApp(`/p/${LIVE_PROFILE}/notifications`);
    await within(await screen.findByRole('list', { name: 'Уведомления' })).findByText(/GOOD-1/);

    const filters = screen.getByRole('form', { name: 'Фильтры уведомлений' });
    await ui.user.click(within(filters).getByRole('combobox', { name: 'Статус' }));
    await ui.user.click(await screen.findByRole('option', { name: 'Отклонено магазином' }));
    await ui.user.click(within(filters).getByRole('button', { name: 'Показать' }));
    await waitFor(() => expect(within(list()).queryByText(/GOOD-1/)).not.toBeInTheDocument());
    expect(within(list()).getByText(/BAD-1/)).toBeInTheDocument();

    shop.setMode('acknowledge');
    await ui.user.click(screen.getByRole('button', { name: 'Повторить все неотправленные' }));
    expect(await screen.findByText('Отправлено повторно: 1, доставлено: 1')).toBeInTheDocument();
    expect(await screen.findByText('Уведомлений нет')).toBeInTheDocument();
  });

  it('says when the profile has no notification URL', async () => {
    await signedInAs('admin');
    const ui = renderApp(`/p/${TEST_PROFILE}/notifications`);
    await ui.user.click(await screen.findByRole('button', { name: 'Отправить тестовое уведомление' }));
    expect(await screen.findByText('Адрес для уведомлений не задан в настройках профиля.')).toBeInTheDocument();
  });

  it('shows an order’s notifications on its page', async () => {
    withShop();
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { ordernumber: 'PAGE-1', amount: '10.00' });
    await getGateway().notifications.idle();
    await signedInAs('admin');
    renderApp(`/p/${LIVE_PROFILE}/orders/${order.billnumber}`);
    const section = await screen.findByRole('region', { name: 'Уведомления магазину по заказу' });
    expect(await within(section).findByText('Оплата · заказ PAGE-1 · Approved')).toBeInTheDocument();
    expect(within(section).getByText('Доставлено')).toBeInTheDocument();
  });

  it('is out of reach without the notifications right', async () => {
    const order = getGateway().createPaidOrder(LIVE_PROFILE, { amount: '10.00' });
    await signedInAs('viewer');
    renderApp(`/p/${LIVE_PROFILE}/orders/${order.billnumber}`);
    expect(await screen.findByRole('heading', { level: 1, name: `Заказ ${order.ordernumber}` })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Уведомления' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Уведомления магазину по заказу' })).not.toBeInTheDocument();
  });

  it('answers "not found" to a viewer who types the address', async () => {
    await signedInAs('viewer');
    renderApp(`/p/${LIVE_PROFILE}/notifications`);
    expect(await screen.findByRole('heading', { name: 'Страница не найдена' })).toBeInTheDocument();
  });
});
