import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { getGateway } from '../../mocks/runtime';
import { server } from '../../mocks/node';
import { ORDERS, expectedIds, idsOf } from './order-list';
import { periodText, typePeriod } from './period-input';
import { LIVE_PROFILE, findOrdersGrid, openFilters, renderApp, signedInAs } from './render-app';

/** Types into a debounced filter and waits for the URL (and so the request) to follow. */
async function typeFilter(
  ui: ReturnType<typeof renderApp>,
  label: string,
  text: string,
  param: string,
  inUrl: string = text,
) {
  const field = screen.getByLabelText(label);
  await ui.user.clear(field);
  await ui.user.type(field, text);
  await waitFor(() => expect(ui.location().params.get(param)).toBe(inUrl));
}

// The route chunks load once per file; the first test should not pay for it within a timeout.
beforeAll(async () => {
  await Promise.all([
    import('@/app/routes/shell-route'),
    import('@/app/routes/profile-route'),
    import('@/app/routes/orders-route'),
    import('@/features/orders/components/orders-filters-panel'),
  ]);
}, 30_000);

afterEach(() => {
  vi.useRealTimers();
});

/** The list requests sent from now on, each with whether it was aborted. */
function watchListRequests() {
  const seen: { search: string; aborted: () => boolean }[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/orders')) seen.push({ search: url.search, aborted: () => request.signal.aborted });
  });
  return seen;
}

/** The USD page answers two seconds late; every other page as usual. */
function holdUsdPage() {
  server.use(
    http.get(`*/api/v1/profiles/${LIVE_PROFILE}/orders`, async ({ request }) => {
      if (new URL(request.url).searchParams.get('currency') === 'USD') {
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
      return undefined;
    }),
  );
}

describe('the monitor’s filters', () => {
  it('filters by every text filter on the server, each kept in the URL', { timeout: 40_000 }, async () => {
    const paid = getGateway().createPaidOrder(LIVE_PROFILE, {
      ordernumber: 'FLT-777',
      amount: '4321.00',
      customer: { firstname: 'Аграфена', lastname: 'Фильтрова', email: 'agrafena@example.test' },
    });
    const card = paid.paymentmeans?.cardnumber ?? '';
    await signedInAs();
    const ui = renderApp(ORDERS);
    const grid = await findOrdersGrid();
    await openFilters(ui);

    const cases: [string, string, string, string?][] = [
      ['Номер в системе', paid.billnumber.slice(-8), 'billnumber'],
      ['Сумма от', '4321', 'amountFrom', '4321.00'],
      ['Сумма до', '4 321,00', 'amountTo', '4321.00'],
      ['Первые 6 цифр карты', card.slice(0, 6), 'cardFirst6'],
      ['Последние 4 цифры карты', card.slice(-4), 'cardLast4'],
      ['Покупатель', 'фильтрова аграфена', 'customer'],
      ['E-mail', 'AGRAFENA@example', 'email'],
    ];
    for (const [label, text, param, inUrl] of cases) await typeFilter(ui, label, text, param, inUrl);

    const query = {
      billnumber: paid.billnumber.slice(-8),
      amountFrom: '4321.00',
      amountTo: '4321.00',
      cardFirst6: card.slice(0, 6),
      cardLast4: card.slice(-4),
      customer: 'фильтрова аграфена',
      email: 'AGRAFENA@example',
    };
    await waitFor(() => expect(idsOf(grid)).toEqual([paid.billnumber]));
    expect(expectedIds(query)).toEqual([paid.billnumber]);
    const summary = screen.getByRole('region', { name: 'Активные фильтры' });
    expect(within(summary).getByRole('button', { name: 'Убрать фильтр Покупатель: фильтрова аграфена' })).toBeVisible();
  });

  it('filters by currency, payment means and card brand from the selects', async () => {
    await signedInAs();
    const ui = renderApp(ORDERS);
    const grid = await findOrdersGrid();
    await openFilters(ui);

    await ui.user.selectOptions(screen.getByLabelText('Валюта'), 'RUB');
    await ui.user.selectOptions(screen.getByLabelText('Способ оплаты'), 'Банковская карта');
    await ui.user.selectOptions(screen.getByLabelText('Платёжная система'), 'Visa');
    expect(ui.location().params.get('currency')).toBe('RUB');
    expect(ui.location().params.get('means')).toBe('card');
    expect(ui.location().params.get('brand')).toBe('VISA');
    const expected = expectedIds({ currency: 'RUB', means: 'card', brand: 'VISA' });
    expect(expected.length).toBeGreaterThan(0);
    await waitFor(() => expect(idsOf(grid)).toEqual(expected));
  });

  it('filters by several states at once', async () => {
    await signedInAs();
    const ui = renderApp(ORDERS);
    const grid = await findOrdersGrid();
    const panel = await openFilters(ui);
    const states = within(panel).getByRole('group', { name: 'Статусы заказа' });
    await ui.user.click(within(states).getByRole('checkbox', { name: 'Отклонён' }));
    await ui.user.click(within(states).getByRole('checkbox', { name: 'Закрыт по тайм-ауту' }));
    await waitFor(() => expect(ui.location().params.get('state')).toBe('Declined,Timeout'));
    await waitFor(() => expect(idsOf(grid)).toEqual(expectedIds({ state: ['Declined', 'Timeout'] })));
    // These two states are exactly a quick view, which shows as chosen.
    expect(screen.getByRole('button', { name: /^Отклонены и истекли/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('finds a full order number exactly, ignoring the period and every other filter', async () => {
    const old = getGateway().createPaidOrder(LIVE_PROFILE, { ordernumber: 'EXACT-42' });
    await signedInAs();
    const ui = renderApp(`${ORDERS}?from=2030-01-01T00:00:00Z&state=Declined`);
    const grid = await findOrdersGrid();
    await openFilters(ui);
    await typeFilter(ui, 'Номер заказа', 'EXACT-42', 'ordernumber');
    await waitFor(() => expect(idsOf(grid)).toEqual([old.billnumber]));
    expect(screen.getByText(/остальные фильтры, включая период, не применяются/)).toBeVisible();

    // With "%" the number is a mask within the other filters: the period now excludes it.
    await typeFilter(ui, 'Номер заказа', 'EXACT%', 'ordernumber');
    expect(await screen.findByText('Заказов не найдено')).toBeVisible();
  });

  it('takes the period in the merchant’s time zone, to the second, and offers presets', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2026-11-28T09:00:00Z'));
    await signedInAs();
    const ui = renderApp(ORDERS);
    const grid = await findOrdersGrid();
    await openFilters(ui);

    await typePeriod(ui, 'С', '2711202610157');
    await ui.user.keyboard('{Enter}');
    // 10:15:07 in Moscow (UTC+3), whatever the browser's zone.
    await waitFor(() => expect(ui.location().params.get('from')).toBe('2026-11-27T07:15:07Z'));
    await waitFor(() => expect(idsOf(grid)).toEqual(expectedIds({ from: '2026-11-27T07:15:07Z' })));

    await ui.user.click(screen.getByRole('button', { name: 'Вчера' }));
    expect(ui.location().params.get('from')).toBe('2026-11-26T21:00:00Z');
    expect(ui.location().params.get('to')).toBe('2026-11-27T20:59:59Z');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Вчера' })).toHaveAttribute('aria-pressed', 'true'));
    await waitFor(() => expect(periodText('С')).toBe('27.11.2026 00:00:00'));
    await waitFor(() =>
      expect(idsOf(grid)).toEqual(expectedIds({ from: '2026-11-26T21:00:00Z', to: '2026-11-27T20:59:59Z' })),
    );

    await ui.user.click(screen.getByRole('button', { name: 'Этот месяц' }));
    expect(ui.location().params.get('from')).toBe('2026-10-31T21:00:00Z');
    expect(ui.location().params.get('to')).toBe('2026-11-28T20:59:59Z');
  });

  it('says why a period that ends before it starts finds nothing', { timeout: 40_000 }, async () => {
    await signedInAs();
    const ui = renderApp(`${ORDERS}?from=2026-11-27T09:00:00Z&to=2026-11-26T09:00:00Z`);
    await findOrdersGrid();
    await openFilters(ui);
    expect(await screen.findByRole('alert')).toHaveTextContent('Начало периода позже его конца');
    expect(await screen.findByText('Заказов не найдено')).toBeVisible();

    await typePeriod(ui, 'По', '2811202612009');
    await ui.user.keyboard('{Enter}');
    await waitFor(() => expect(ui.location().params.get('to')).toBe('2026-11-28T09:00:09Z'));
    await waitFor(() => expect(screen.queryByText(/Начало периода позже его конца/)).not.toBeInTheDocument());
  });

  it('shows the active filters, removes one with a click and resets them all', async () => {
    await signedInAs();
    const ui = renderApp(`${ORDERS}?currency=RUB&amountFrom=100&customer=%3Cb%3E&page=2`);
    const grid = await findOrdersGrid();
    const summary = screen.getByRole('region', { name: 'Активные фильтры' });
    expect(within(summary).getAllByRole('button', { name: /^Убрать фильтр/ })).toHaveLength(3);

    await ui.user.click(within(summary).getByRole('button', { name: 'Убрать фильтр Валюта: RUB' }));
    expect(ui.location().params.get('currency')).toBeNull();
    expect(ui.location().params.get('amountFrom')).toBe('100');
    expect(ui.location().params.get('page')).toBeNull();

    await ui.user.click(within(summary).getByRole('button', { name: 'Сбросить фильтры' }));
    expect(ui.location().search).toBe('');
    await waitFor(() => expect(idsOf(grid)).toEqual(expectedIds({})));
    expect(screen.queryByRole('region', { name: 'Активные фильтры' })).not.toBeInTheDocument();
  });

  it('round-trips through the URL: a shared link opens the same filtered list, back undoes a filter', async () => {
    await signedInAs();
    const link = `${ORDERS}?state=Delayed&amountFrom=100&sort=-orderamount&pageSize=50`;
    const ui = renderApp(link);
    const grid = await findOrdersGrid();
    const query = { state: ['Delayed' as const], amountFrom: '100', sort: '-orderamount' as const, pageSize: 50 };
    expect(idsOf(grid)).toEqual(expectedIds(query));
    const panel = await openFilters(ui);
    expect(within(panel).getByLabelText('Сумма от')).toHaveValue('100');
    expect(within(panel).getByRole('checkbox', { name: 'Ожидает подтверждения' })).toBeChecked();

    // One edit, one history entry: pasted, so a slow machine cannot commit "5", "50"… on the way.
    const field = within(panel).getByLabelText('Сумма от');
    await ui.user.clear(field);
    await ui.user.paste('5000');
    await waitFor(() => expect(ui.location().params.get('amountFrom')).toBe('5000.00'));
    await ui.app.router.navigate(-1);
    await waitFor(() => expect(within(panel).getByLabelText('Сумма от')).toHaveValue('100'));
    await waitFor(() => expect(idsOf(grid)).toEqual(expectedIds(query)));
  });

  it('waits for typing to pause and aborts a superseded request', async () => {
    const seen = watchListRequests();
    await signedInAs();
    const ui = renderApp(ORDERS);
    await findOrdersGrid();
    await openFilters(ui);
    const before = seen.length;
    await ui.user.type(screen.getByLabelText('Покупатель'), 'Иванова');
    await waitFor(() => expect(ui.location().params.get('customer')).toBe('Иванова'));
    // One request for the whole word, not one per keystroke.
    await waitFor(() => expect(seen.length).toBe(before + 1));

    holdUsdPage();
    await ui.user.selectOptions(screen.getByLabelText('Валюта'), 'USD');
    await waitFor(() => expect(seen.some((entry) => entry.search.includes('currency=USD'))).toBe(true));
    await ui.user.selectOptions(screen.getByLabelText('Валюта'), 'EUR');
    const superseded = seen.find((entry) => entry.search.includes('currency=USD'));
    await waitFor(() => expect(superseded?.aborted()).toBe(true));
    server.events.removeAllListeners();
  });

  it('cancels the request of a change superseded before its rows came', async () => {
    const seen = watchListRequests();
    holdUsdPage();
    await signedInAs();
    const ui = renderApp(ORDERS);
    await findOrdersGrid();
    await openFilters(ui);
    const currency = screen.getByLabelText('Валюта');
    fireEvent.change(currency, { target: { value: 'USD' } });
    await waitFor(() => expect(seen.some((entry) => entry.search.includes('currency=USD'))).toBe(true));
    // At once, while the USD page is still on its way and nothing shows it yet.
    fireEvent.change(currency, { target: { value: 'EUR' } });
    const superseded = seen.find((entry) => entry.search.includes('currency=USD'));
    await waitFor(() => expect(superseded?.aborted()).toBe(true));
    await waitFor(() => expect(ui.location().params.get('currency')).toBe('EUR'));
    server.events.removeAllListeners();
  });

  it('invalid input stays in the field with a hint and never reaches the server', async () => {
    await signedInAs();
    const ui = renderApp(ORDERS);
    await findOrdersGrid();
    await openFilters(ui);
    const first6 = screen.getByLabelText('Первые 6 цифр карты');
    await ui.user.type(first6, '41a');
    expect(first6).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Ровно 6 цифр')).toBeVisible();
    await ui.user.tab();
    expect(ui.location().params.get('cardFirst6')).toBeNull();
  });

  it('works in English', async () => {
    await i18n.changeLanguage('en');
    await signedInAs();
    const ui = renderApp(ORDERS);
    const grid = await findOrdersGrid('Orders');
    await openFilters(ui, 'Filters');
    await ui.user.selectOptions(screen.getByLabelText('Payment means'), 'Bank card');
    await typeFilter(ui, 'Amount from', '1000', 'amountFrom', '1000.00');
    await waitFor(() => expect(idsOf(grid)).toEqual(expectedIds({ means: 'card', amountFrom: '1000.00' })));
    const summary = screen.getByRole('region', { name: 'Active filters' });
    expect(within(summary).getByRole('button', { name: 'Remove filter Payment means: Bank card' })).toBeVisible();
    await ui.user.click(within(summary).getByRole('button', { name: 'Reset filters' }));
    expect(ui.location().search).toBe('');
  });
});
