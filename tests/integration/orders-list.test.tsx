import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { getGateway } from '../../mocks/runtime';
import { server } from '../../mocks/node';
import { LIVE_PROFILE, TEST_PROFILE, cell, dataRows, findOrdersGrid, renderApp, signedInAs } from './render-app';

const firstPage = { page: 1, pageSize: 25, sort: '-orderdate' } as const;

const billnumbersOf = (grid: HTMLElement) => dataRows(grid).map((row) => row.getAttribute('data-id'));

describe('the orders list', () => {
  it('shows the first page newest first, in the merchant time zone', async () => {
    await signedInAs();
    renderApp(`/p/${LIVE_PROFILE}/orders`);
    const grid = await findOrdersGrid();
    const expected = getGateway().listOrders(LIVE_PROFILE, firstPage);

    expect(billnumbersOf(grid)).toEqual(expected.items.map((order) => order.billnumber));
    const instants = dataRows(grid).map(
      (row) => cell(row, 'orderdate').querySelector('time')?.getAttribute('datetime') ?? '',
    );
    expect([...instants].sort().reverse()).toEqual(instants);
    expect(screen.getByText('Время: Europe/Moscow (UTC+3)')).toBeInTheDocument();
    expect(within(grid).getByRole('columnheader', { name: /^Дата \(UTC\+3\)/ })).toBeInTheDocument();
    expect(screen.getByText(`1–25 из ${expected.total}`)).toBeInTheDocument();
  });

  it('pages with the grid’s next-page button; the URL follows and the back button returns', async () => {
    await signedInAs();
    const { user, location, app } = renderApp(`/p/${LIVE_PROFILE}/orders`);
    const grid = await findOrdersGrid();
    const firstIds = billnumbersOf(grid);

    await user.click(screen.getByRole('button', { name: 'Перейти на следующую страницу' }));
    await waitFor(() => expect(location().params.get('page')).toBe('2'));
    const second = getGateway().listOrders(LIVE_PROFILE, { ...firstPage, page: 2 });
    await waitFor(() => expect(billnumbersOf(grid)).toEqual(second.items.map((order) => order.billnumber)));

    await app.router.navigate(-1);
    await waitFor(() => expect(billnumbersOf(grid)).toEqual(firstIds));
    expect(location().params.get('page')).toBeNull();
  });

  it('changes the page size from the URL and the grid', async () => {
    await signedInAs();
    const { location } = renderApp(`/p/${LIVE_PROFILE}/orders?pageSize=50&page=2`);
    const grid = await findOrdersGrid();
    expect(dataRows(grid)).toHaveLength(50);
    expect(location().params.get('page')).toBe('2');
    expect(screen.getByText(/^51–100 из /)).toBeInTheDocument();
  });

  it('sorts by amount on the server when the column header is clicked', async () => {
    await signedInAs();
    const { user, location } = renderApp(`/p/${LIVE_PROFILE}/orders?page=3`);
    const grid = await findOrdersGrid();

    await user.click(within(grid).getByRole('columnheader', { name: /^Сумма/ }));
    await waitFor(() => expect(location().params.get('sort')).toBe('-orderamount'));
    expect(location().params.get('page')).toBeNull();
    const expected = getGateway().listOrders(LIVE_PROFILE, { ...firstPage, sort: '-orderamount' });
    await waitFor(() => expect(billnumbersOf(grid)).toEqual(expected.items.map((order) => order.billnumber)));
    expect(within(grid).getByRole('columnheader', { name: /^Сумма/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('tolerates a mangled URL by falling back to the defaults', async () => {
    await signedInAs();
    renderApp(`/p/${LIVE_PROFILE}/orders?page=banana&sort=DROP%20TABLE&pageSize=-1`);
    const grid = await findOrdersGrid();
    const expected = getGateway().listOrders(LIVE_PROFILE, firstPage);
    expect(billnumbersOf(grid)).toEqual(expected.items.map((order) => order.billnumber));
  });

  it('says so when no order matches', async () => {
    await signedInAs();
    renderApp(`/p/${LIVE_PROFILE}/orders?ordernumber=NO-SUCH-ORDER`);
    expect(await screen.findByText('Заказов не найдено')).toBeInTheDocument();
    expect(dataRows(screen.getByRole('grid', { name: 'Заказы' }))).toHaveLength(0);
  });

  it('shows a failed load with the problem, and retrying recovers', async () => {
    server.use(
      http.get('*/api/v1/profiles/:profileId/orders', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Внутренняя ошибка', status: 500, detail: 'Шлюз не ответил', code: 'internal' },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await signedInAs();
    const { user } = renderApp(`/p/${LIVE_PROFILE}/orders`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Не удалось загрузить данные');
    // The cabinet's own words and the code for support, not the server's text.
    expect(alert).toHaveTextContent('На сервере произошла ошибка, данные не получены.');
    expect(alert).toHaveTextContent('Код для поддержки: internal · HTTP 500');
    expect(alert).not.toHaveTextContent('Шлюз не ответил');
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();

    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Повторить' }));
    const grid = await findOrdersGrid();
    expect(dataRows(grid)).toHaveLength(25);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('renders what buyers typed as text, never as markup', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    getGateway().createPaidOrder(LIVE_PROFILE, {
      ordernumber: '<b>bold</b>',
      customer: { firstname: null, lastname: hostile, email: '"><script>alert(1)</script>@example.com' },
    });
    await signedInAs();
    renderApp(`/p/${LIVE_PROFILE}/orders`);
    const grid = await findOrdersGrid();
    const [newest] = dataRows(grid);
    expect(newest).toBeDefined();
    expect(cell(newest!, 'customer')).toHaveTextContent(hostile);
    expect(cell(newest!, 'ordernumber')).toHaveTextContent('<b>bold</b>');
    expect(cell(newest!, 'email')).toHaveTextContent('"><script>alert(1)</script>@example.com');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(grid.querySelector('script')).toBeNull();
  });

  it('speaks English after the language switch, and remembers it', async () => {
    await signedInAs();
    const { user } = renderApp(`/p/${LIVE_PROFILE}/orders`);
    await findOrdersGrid();
    await user.click(screen.getByRole('button', { name: 'EN' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Orders' })).toBeInTheDocument();
    const grid = screen.getByRole('grid', { name: 'Orders' });
    expect(within(grid).getByRole('columnheader', { name: /^Amount/ })).toBeInTheDocument();
    expect(screen.getByText('Time: Europe/Moscow (UTC+3)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go to next page' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('cabinet.language')).toBe('en');
  });
});

describe('profiles', () => {
  it('marks every page of the test profile unmistakably', async () => {
    await signedInAs();
    renderApp(`/p/${TEST_PROFILE}/orders`);
    const grid = await findOrdersGrid();
    expect(screen.getByRole('note')).toHaveTextContent(`ТЕСТ — тестовый профиль ${TEST_PROFILE}`);
    expect(screen.getAllByText('ТЕСТ').length).toBeGreaterThan(dataRows(grid).length);
    for (const row of dataRows(grid)) expect(within(cell(row, 'ordernumber')).getByText('ТЕСТ')).toBeInTheDocument();
  });

  it('shows no test marks on the live profile', async () => {
    await signedInAs();
    renderApp(`/p/${LIVE_PROFILE}/orders`);
    await findOrdersGrid();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(screen.queryByText('ТЕСТ')).not.toBeInTheDocument();
  });

  it('switches between live and test with the profile switch', async () => {
    await signedInAs();
    const { user, location } = renderApp(`/p/${LIVE_PROFILE}/orders?page=2`);
    await findOrdersGrid();
    await user.click(screen.getByRole('button', { name: `Профиль Боевой · ${LIVE_PROFILE}` }));
    expect(await screen.findByRole('menuitem', { name: `Боевой · ${LIVE_PROFILE}` })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await user.click(screen.getByRole('menuitem', { name: `Тестовый · ${TEST_PROFILE}` }));
    await waitFor(() => expect(location().pathname).toBe(`/p/${TEST_PROFILE}/orders`));
    expect(location().search).toBe('');
    expect(await screen.findByRole('note')).toHaveTextContent('ТЕСТ');
    const grid = await findOrdersGrid();
    const expected = getGateway().listOrders(TEST_PROFILE, firstPage);
    await waitFor(() => expect(billnumbersOf(grid)).toEqual(expected.items.map((order) => order.billnumber)));
  });

  it('answers an unknown profile with “not found”', async () => {
    await signedInAs();
    renderApp('/p/123456/orders');
    expect(await screen.findByRole('heading', { level: 1, name: 'Страница не найдена' })).toBeInTheDocument();
  });
});
