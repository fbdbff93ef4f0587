import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, delay } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { ORDER_VIEWS } from '@/api/orders';
import { i18n } from '@/lib/i18n/i18n';
import { getGateway } from '../../mocks/runtime';
import { server } from '../../mocks/node';
import { ORDERS, LIST_DEFAULTS, expectedIds, holdSecondPage, idsOf, slowDelayedList } from './order-list';
import { LIVE_PROFILE, cell, dataRows, findOrdersGrid, renderApp, signedInAs } from './render-app';

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim();

const VIEW_NAMES_RU = {
  all: 'Все',
  delayed: 'Ожидают подтверждения',
  paid: 'Оплачены',
  canceled: 'Отменены и возвращены',
  failed: 'Отклонены и истекли',
  inprocess: 'В обработке',
} as const;

beforeAll(async () => {
  await Promise.all([
    import('@/app/routes/shell-route'),
    import('@/app/routes/profile-route'),
    import('@/app/routes/orders-route'),
  ]);
}, 30_000);

function viewButton(name: string) {
  const group = screen.getByRole('group', { name: /Быстрые представления|Quick views/ });
  return within(group).getByRole('button', { name: new RegExp(`^${name}`) });
}

describe('quick views with counts', () => {
  it('shows the server’s counts over the other filters and switches views through the URL', async () => {
    const countQueries: URLSearchParams[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/orders/counts')) countQueries.push(url.searchParams);
    });
    await signedInAs();
    const ui = renderApp(`${ORDERS}?amountFrom=500`);
    const grid = await findOrdersGrid();
    const counts = getGateway().countOrders(LIVE_PROFILE, { amountFrom: '500' });
    const format = (value: number) => new Intl.NumberFormat('ru-RU').format(value).replace(/\u00a0/g, ' ');
    for (const view of ORDER_VIEWS) {
      await waitFor(() =>
        expect(plain(viewButton(VIEW_NAMES_RU[view]).textContent)).toBe(
          `${VIEW_NAMES_RU[view]} ${format(counts[view])}`,
        ),
      );
    }
    expect(viewButton('Все')).toHaveAttribute('aria-pressed', 'true');

    await ui.user.click(viewButton('Ожидают подтверждения'));
    expect(ui.location().params.get('state')).toBe('Delayed');
    await waitFor(() => expect(idsOf(grid)).toEqual(expectedIds({ amountFrom: '500', state: ['Delayed'] })));
    for (const row of dataRows(grid)) expect(cell(row, 'orderstate')).toHaveTextContent('Ожидает подтверждения');
    await waitFor(() => expect(viewButton('Ожидают подтверждения')).toHaveAttribute('aria-pressed', 'true'));
    // Counts ignore the state filter and were asked with the other filters only.
    expect(countQueries.every((search) => search.get('state') === null && search.get('amountFrom') === '500')).toBe(
      true,
    );
    expect(countQueries).toHaveLength(1);

    await ui.user.click(viewButton('Все'));
    expect(ui.location().params.get('state')).toBeNull();
    server.events.removeAllListeners();
  });

  it('counts follow a changed filter, in English too', async () => {
    await i18n.changeLanguage('en');
    await signedInAs();
    const ui = renderApp(`${ORDERS}?currency=RUB`);
    await findOrdersGrid('Orders');
    const rub = getGateway().countOrders(LIVE_PROFILE, { currency: 'RUB' });
    await waitFor(() =>
      expect(plain(viewButton('Paid').textContent)).toBe(`Paid ${new Intl.NumberFormat('en-GB').format(rub.paid)}`),
    );
    await ui.user.click(screen.getByRole('button', { name: 'Remove filter Currency: RUB' }));
    const all = getGateway().countOrders(LIVE_PROFILE, {});
    await waitFor(() =>
      expect(plain(viewButton('All').textContent)).toBe(`All ${new Intl.NumberFormat('en-GB').format(all.all)}`),
    );
  });
});

describe('the grid', () => {
  it('sorts by state and by date on the server', async () => {
    await signedInAs();
    const ui = renderApp(ORDERS);
    const grid = await findOrdersGrid();
    await ui.user.click(within(grid).getByRole('columnheader', { name: /^Статус/ }));
    await waitFor(() => expect(ui.location().params.get('sort')).toBe('orderstate'));
    await waitFor(() => expect(idsOf(grid)).toEqual(expectedIds({ sort: 'orderstate' })));
    await ui.user.click(within(grid).getByRole('columnheader', { name: /^Дата/ }));
    await waitFor(() =>
      expect(within(grid).getByRole('columnheader', { name: /^Дата/ })).toHaveAttribute('aria-sort', 'descending'),
    );
    // Newest first is the default, so the URL drops it.
    await waitFor(() => expect(ui.location().params.get('sort')).toBeNull());
    await ui.user.click(within(grid).getByRole('columnheader', { name: /^Дата/ }));
    await waitFor(() => expect(ui.location().params.get('sort')).toBe('orderdate'));
    await waitFor(() => expect(idsOf(grid)).toEqual(expectedIds({ sort: 'orderdate' })));
  });

  it('presses a quick view together with its rows, not before them', async () => {
    slowDelayedList(120);
    await signedInAs();
    const ui = renderApp(ORDERS);
    const grid = await findOrdersGrid();
    const first = idsOf(grid).join();
    const delayed = viewButton('Ожидают подтверждения');
    // Every commit to the page is seen here: the view pressed over the old rows would be a render
    // of the new address before its rows.
    let pressedOverOldRows = false;
    const observer = new MutationObserver(() => {
      if (delayed.getAttribute('aria-pressed') === 'true' && idsOf(grid).join() === first) pressedOverOldRows = true;
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    await ui.user.click(delayed);
    expect(delayed).toHaveAttribute('aria-pressed', 'false');
    await waitFor(() => expect(delayed).toHaveAttribute('aria-pressed', 'true'));
    expect(idsOf(grid)).toEqual(expectedIds({ state: ['Delayed'] }));
    expect(ui.location().params.get('state')).toBe('Delayed');
    observer.disconnect();
    expect(pressedOverOldRows).toBe(false);
  });

  it('lets the user leave the monitor while a change still waits for its rows, without bringing them back', async () => {
    slowDelayedList(150);
    await signedInAs();
    const ui = renderApp(ORDERS);
    await findOrdersGrid();
    await ui.user.click(viewButton('Ожидают подтверждения'));
    await ui.app.router.navigate(`/p/${LIVE_PROFILE}/awaiting`);
    await delay(400);
    expect(ui.location().pathname).toBe(`/p/${LIVE_PROFILE}/awaiting`);
  });

  it('keeps the previous page on screen until the next one arrives, and shows 100 rows a page', async () => {
    await signedInAs();
    const ui = renderApp(ORDERS);
    const grid = await findOrdersGrid();
    const first = idsOf(grid);
    const release = holdSecondPage();
    await ui.user.click(screen.getByRole('button', { name: 'Перейти на следующую страницу' }));
    await waitFor(() => expect(ui.location().params.get('page')).toBe('2'));
    await delay(50);
    expect(idsOf(grid)).toEqual(first);
    release();
    await waitFor(() => expect(idsOf(grid)).toEqual(expectedIds({ page: 2 })));

    await ui.app.router.navigate(`${ORDERS}?pageSize=100`);
    await waitFor(() => expect(dataRows(grid)).toHaveLength(100));
  });

  it('lets the user hide columns and remembers them', async () => {
    await signedInAs();
    const first = renderApp(ORDERS);
    let grid = await findOrdersGrid();
    expect(within(grid).queryByRole('columnheader', { name: 'Держатель карты' })).not.toBeInTheDocument();
    await first.user.click(screen.getByRole('button', { name: 'Столбцы' }));
    await first.user.click(await screen.findByRole('checkbox', { name: 'E-mail' }));
    await first.user.click(screen.getByRole('checkbox', { name: 'Держатель карты' }));
    await first.user.keyboard('{Escape}');
    await waitFor(() => expect(within(grid).queryByRole('columnheader', { name: 'E-mail' })).not.toBeInTheDocument());
    expect(within(grid).getByRole('columnheader', { name: 'Держатель карты' })).toBeInTheDocument();
    first.unmount();

    renderApp(ORDERS);
    grid = await findOrdersGrid();
    expect(within(grid).queryByRole('columnheader', { name: 'E-mail' })).not.toBeInTheDocument();
    expect(within(grid).getByRole('columnheader', { name: 'Держатель карты' })).toBeInTheDocument();
  });

  it('marks test orders and shows hostile text as text', async () => {
    const hostile = getGateway().createPaidOrder(LIVE_PROFILE, {
      ordernumber: '<img src=x onerror=alert(1)>',
      customer: { firstname: '<script>alert(1)</script>', lastname: null, email: null },
    });
    await signedInAs();
    renderApp(`${ORDERS}?billnumber=${hostile.billnumber}`);
    const grid = await findOrdersGrid();
    const [row] = dataRows(grid);
    expect(row && cell(row, 'ordernumber')).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(row && cell(row, 'customer')).toHaveTextContent('<script>alert(1)</script>');
    expect(grid.querySelector('img, script')).toBeNull();
  });

  it('marks test orders visibly', async () => {
    await signedInAs();
    renderApp('/p/900401/orders');
    const grid = await findOrdersGrid();
    const [row] = dataRows(grid);
    expect(row && cell(row, 'ordernumber')).toHaveTextContent('ТЕСТ');
  });
});

describe('freshness', () => {
  it('refreshes a page holding orders in process, and only such a page', async () => {
    getGateway().createOrder(LIVE_PROFILE, { ordernumber: 'FRESH-1' });
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/orders')) requests.push(url.search);
    });
    await signedInAs();
    const ui = renderApp(`${ORDERS}?ordernumber=FRESH-1`);
    const grid = await findOrdersGrid();
    expect(cell(dataRows(grid)[0] ?? grid, 'orderstate')).toHaveTextContent('В процессе');
    const list = ui.app.queryClient
      .getQueryCache()
      .findAll({ queryKey: ['profiles', LIVE_PROFILE, 'orders', 'list'] })
      .find((query) => query.state.data !== undefined);
    const options = list?.options as { refetchInterval?: unknown; refetchIntervalInBackground?: boolean } | undefined;
    expect(typeof options?.refetchInterval).toBe('function');
    expect(options?.refetchIntervalInBackground).toBe(false);
    const interval = options?.refetchInterval as (query: typeof list) => number | false;
    expect(interval(list)).toBe(10_000);

    // A page without orders in process asks nothing more.
    await ui.app.router.navigate(`${ORDERS}?state=Approved`);
    await waitFor(() => expect(idsOf(grid)).toEqual(expectedIds({ state: ['Approved'] })));
    const approved = ui.app.queryClient.getQueryCache().find({
      queryKey: ['profiles', LIVE_PROFILE, 'orders', 'list', { ...LIST_DEFAULTS, state: ['Approved'] }],
    });
    expect(interval(approved as typeof list)).toBe(false);
    server.events.removeAllListeners();
  });
});

export { HttpResponse };
