import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { getGateway } from '../../mocks/runtime';
import { server } from '../../mocks/node';
import { LIVE_PROFILE, findOrdersGrid, renderApp, signedInAs } from './render-app';

const ORDERS = `/p/${LIVE_PROFILE}/orders`;
const EXPORT_PATH = `/api/v1/profiles/${LIVE_PROFILE}/orders/export`;

beforeAll(async () => {
  await Promise.all([
    import('@/app/routes/shell-route'),
    import('@/app/routes/profile-route'),
    import('@/app/routes/orders-route'),
  ]);
}, 30_000);

let saved: Blob[] = [];
let downloads: string[] = [];
beforeEach(() => {
  saved = [];
  downloads = [];
  // jsdom has no object URLs and does not download: record what would have been saved.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    saved.push(blob);
    return `blob:test/${saved.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

function exportRequests() {
  const queries: URLSearchParams[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === EXPORT_PATH) queries.push(url.searchParams);
  });
  return queries;
}

describe('export', () => {
  it('exports everything the filters match, with the visible columns, in the UI language', async () => {
    const queries = exportRequests();
    await signedInAs('accountant');
    const ui = renderApp(`${ORDERS}?state=Approved&currency=RUB&sort=-orderamount`);
    await findOrdersGrid();
    await ui.user.click(screen.getByRole('button', { name: 'Выгрузить в CSV' }));

    const total = getGateway().exportOrders(LIVE_PROFILE, {
      state: ['Approved'],
      currency: 'RUB',
      sort: '-orderamount',
      lang: 'ru',
    }).total;
    // The file is saved once the last chunk is in; the message names it.
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(await screen.findByText(`Выгружено строк: ${total}, файл ${downloads[0]}`)).toBeVisible();
    expect(downloads[0]).toMatch(/^orders-600401-.*\.csv$/);
    const [query] = queries;
    expect(Object.fromEntries(query ?? [])).toEqual({
      state: 'Approved',
      currency: 'RUB',
      sort: '-orderamount',
      columns:
        'orderdate,ordernumber,testmode,billnumber,orderstate,amount,currency,orderamount,ordercurrency,paymentmeans,cardnumber,customer,email',
      lang: 'ru',
    });
    const text = await saved[0]?.text();
    expect(text?.split('\r\n').filter((line) => line !== '')).toHaveLength(total + 1);
    expect(URL.revokeObjectURL).toHaveBeenCalled();
    server.events.removeAllListeners();
  });

  it('shows progress from X-Total-Count and can be cancelled', async () => {
    let aborted = false;
    let release: () => void = () => undefined;
    server.use(
      http.get(`*${EXPORT_PATH}`, ({ request }) => {
        request.signal.addEventListener('abort', () => {
          aborted = true;
          release();
        });
        const encoder = new TextEncoder();
        const body = new ReadableStream<Uint8Array>({
          async start(controller) {
            controller.enqueue(encoder.encode('Дата;Номер\r\n1;A\r\n2;B\r\n3;C\r\n'));
            await new Promise<void>((resolve) => {
              release = resolve;
            });
            controller.close();
          },
        });
        return new HttpResponse(body, {
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': 'attachment; filename="orders.csv"',
            'X-Total-Count': '10',
          },
        });
      }),
    );
    await i18n.changeLanguage('en');
    await signedInAs('accountant');
    const ui = renderApp(ORDERS);
    await findOrdersGrid('Orders');
    await ui.user.click(screen.getByRole('button', { name: 'Export to CSV' }));
    expect(await screen.findByText('Rows received: 3 of 10')).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Exporting orders' })).toHaveAttribute('aria-valuenow', '30');

    await ui.user.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(await screen.findByText('Export cancelled')).toBeVisible();
    await waitFor(() => expect(aborted).toBe(true));
    expect(downloads).toEqual([]);
    expect(screen.getByRole('button', { name: 'Export to CSV' })).toBeVisible();
  });

  it('is offered only to users with the export right', async () => {
    await signedInAs('viewer');
    renderApp(ORDERS);
    await findOrdersGrid();
    expect(screen.queryByRole('button', { name: 'Выгрузить в CSV' })).not.toBeInTheDocument();
  });
});
