import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '@/api/orders';
import { EXPORT_CHUNK_ROWS } from '../../../mocks/gateway/export-orders';
import { Problem } from '@/api/problem';
import { LIVE_PROFILE_ID } from '../../../mocks/gateway/enterprise';
import { resetMockConfig } from '../../../mocks/handlers/config';
import { pullStream } from '../../../mocks/handlers/csv-stream';
import { getGateway, resetGateway } from '../../../mocks/runtime';
import { call, NOW, send, signIn } from './api';
import type { Credentials } from './api';
import { parseCsv, unguard } from './csv-parse';

const LIVE = LIVE_PROFILE_ID;
let token: Credentials;
let hostileBill = '';

beforeAll(async () => {
  resetGateway({ liveOrders: 400, testOrders: 20, now: NOW });
  resetMockConfig();
  token = await signIn('accountant');
  hostileBill = getGateway().createPaidOrder(LIVE, {
    ordernumber: '+79991234567',
    amount: '1234.50',
    customer: { firstname: '=HYPERLINK("http://evil.example";"жми")', lastname: '-Минусов', email: '@evil.example' },
    payment: { means: { type: 'card', pan: '4276830012345678', cardholder: 'TAB\tHOLDER;"Q"' } },
  }).billnumber;
});

async function exportCsv(search = '') {
  const response = await send('GET', `/profiles/${LIVE}/orders/export${search}`, { token });
  expect(response.status, await response.clone().text()).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return { response, bytes, text, rows: parseCsv(text.replace(/^\uFEFF/, '')) };
}

describe('CSV export', () => {
  it('is UTF-8 with a BOM, ";" separated, CRLF, with download headers and the row count', async () => {
    const { response, bytes, text, rows } = await exportCsv();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="orders-600401-20261128-1200.csv"');
    const total = Number(response.headers.get('X-Total-Count'));
    expect(total).toBe(getGateway().listOrders(LIVE, { page: 1, pageSize: 1, sort: '-orderdate' }).total);
    expect(rows).toHaveLength(total + 1);
    expect(text.split('\r\n').at(-1)).toBe('');
    expect(rows.every((row) => row.length === EXPORT_COLUMNS.length)).toBe(true);
  });

  it('writes Russian headers, labels, merchant-time dates and decimal commas by default', async () => {
    const { rows } = await exportCsv(`?ordernumber=${encodeURIComponent('+79991234567')}`);
    expect(rows[0]).toEqual([
      'Дата (Europe/Moscow)',
      'Номер заказа',
      'Номер в системе',
      'Статус',
      'Режим',
      'Сумма платежа',
      'Валюта платежа',
      'Сумма заказа',
      'Валюта заказа',
      'Средство платежа',
      'Номер карты',
      'Держатель карты',
      'Покупатель',
      'E-mail',
      'Процессинг',
      '3-D Secure',
    ]);
    expect(rows[1]).toEqual([
      '28.11.2026 12:00:00',
      "'+79991234567",
      hostileBill,
      'Оплачен',
      'Боевой',
      '1234,50',
      'RUB',
      '1234,50',
      'RUB',
      'Visa',
      '427683******5678',
      'TAB\tHOLDER;"Q"',
      '\'-Минусов =HYPERLINK("http://evil.example";"жми")',
      "'@evil.example",
      'Сбербанк',
      '',
    ]);
  });

  it('speaks English on request and keeps the requested columns in EXPORT_COLUMNS order', async () => {
    const search = `?lang=en&columns=email,orderamount,orderstate,testmode,orderdate&ordernumber=${encodeURIComponent('+79991234567')}`;
    const { rows } = await exportCsv(search);
    expect(rows).toEqual([
      ['Date (Europe/Moscow)', 'State', 'Mode', 'Order amount', 'E-mail'],
      ['28.11.2026 12:00:00', 'Paid', 'Live', '1234.50', "'@evil.example"],
    ]);
    const test = await send('GET', '/profiles/900401/orders/export?lang=en&columns=testmode', { token });
    const modes = new Set(
      parseCsv((await test.text()).replace(/^\uFEFF/, ''))
        .slice(1)
        .flat(),
    );
    expect([...modes]).toEqual(['Test']);
  });

  it('keeps every hostile string intact behind the formula guard and the quoting', async () => {
    const { rows } = await exportCsv('?columns=ordernumber,billnumber,customer,email,cardholder');
    const byBill = new Map(
      getGateway()
        .records(LIVE)
        .map((order) => [order.billnumber, order]),
    );
    expect(rows.length - 1).toBe(byBill.size);
    // EXPORT_COLUMNS order, whatever order the query named them in.
    expect(rows[0]).toEqual(['Номер заказа', 'Номер в системе', 'Держатель карты', 'Покупатель', 'E-mail']);
    for (const [ordernumber, billnumber, cardholder, customer, email] of rows.slice(1)) {
      const order = byBill.get(billnumber!)!;
      const { lastname, firstname, middlename } = order.customer;
      expect(unguard(ordernumber!)).toBe(order.ordernumber);
      expect(unguard(customer!)).toBe([lastname, firstname, middlename].filter((part) => part).join(' '));
      expect(unguard(email!)).toBe(order.customer.email ?? '');
      expect(unguard(cardholder!)).toBe(order.means?.cardholder ?? '');
    }
    const customers = rows.map((row) => row[3]).join('\n');
    for (const hostile of ['<script>alert(1)</script>', '"; DROP TABLE orders; --', 'Tab\tName', '📚', 'العلي']) {
      expect(customers).toContain(hostile);
    }
    // No cell a spreadsheet would run: every formula start is behind an apostrophe.
    expect(rows.flat().some((cell) => /^[=+\-@\t\r]/.test(cell))).toBe(false);
  });

  it('is refused to a viewer (403) and validates its query (422)', async () => {
    const viewer = await signIn('viewer');
    const forbidden = await call('GET', `/profiles/${LIVE}/orders/export`, { token: viewer });
    expect(forbidden.status).toBe(403);
    expect(Problem.parse(forbidden.body).code).toBe('forbidden');
    const bad = await call('GET', `/profiles/${LIVE}/orders/export?columns=orderdate,secret&lang=de`, { token });
    expect(bad.status).toBe(422);
    expect(
      Problem.parse(bad.body)
        .errors?.map((error) => error.field)
        .sort(),
    ).toEqual(['columns', 'lang']);
  });
});

describe('CSV export streaming', () => {
  it('produces the header first, then chunks of EXPORT_CHUNK_ROWS rows as the reader pulls', async () => {
    resetGateway({ liveOrders: 5000, testOrders: 0, now: NOW });
    const accountant = await signIn('accountant');
    const response = await send('GET', `/profiles/${LIVE}/orders/export?columns=billnumber`, { token: accountant });
    const total = Number(response.headers.get('X-Total-Count'));
    expect(total).toBeGreaterThan(4000);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    const first = await reader.read();
    expect(decoder.decode(first.value)).toBe('\uFEFFНомер в системе\r\n');
    const sizes: number[] = [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      sizes.push(decoder.decode(next.value).split('\r\n').length - 1);
    }
    expect(sizes).toHaveLength(Math.ceil(total / EXPORT_CHUNK_ROWS));
    expect(sizes.slice(0, -1).every((rows) => rows === EXPORT_CHUNK_ROWS)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('stops producing when the reader cancels', async () => {
    const accountant = await signIn('accountant');
    const response = await send('GET', `/profiles/${LIVE}/orders/export`, { token: accountant });
    const reader = response.body!.getReader();
    await reader.read();
    await reader.read();
    await expect(reader.cancel()).resolves.toBeUndefined();
  });

  it('pulls the next chunk only when the reader asks: at most one chunk ahead', async () => {
    let produced = 0;
    let closed = false;
    function* chunks() {
      try {
        for (;;) {
          produced += 1;
          yield `chunk ${produced}\r\n`;
        }
      } finally {
        closed = true;
      }
    }
    const reader = pullStream(chunks()).getReader();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(produced).toBeLessThanOrEqual(1);
    for (let i = 0; i < 10; i += 1) await reader.read();
    expect(produced).toBeLessThanOrEqual(11);
    await reader.cancel();
    expect(closed).toBe(true);
  });

  it('lets other work run between chunks while a fast reader pulls a long export', async () => {
    let produced = 0;
    function* chunks() {
      for (let i = 0; i < 500; i += 1) {
        produced += 1;
        yield `chunk ${produced}\r\n`;
      }
    }
    const reader = pullStream(chunks()).getReader();
    // Another request's turn, queued once the export has started.
    let producedWhenOtherWorkRan = -1;
    setImmediate(() => {
      producedWhenOtherWorkRan = produced;
    });
    for (let next = await reader.read(); !next.done; next = await reader.read());
    expect(produced).toBe(500);
    expect(producedWhenOtherWorkRan).toBeGreaterThan(0);
    expect(producedWhenOtherWorkRan).toBeLessThan(10);
  });
});
