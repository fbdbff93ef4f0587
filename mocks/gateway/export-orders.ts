import type { Language } from '@/api/common';
import { BRAND_LABELS, ORDER_STATE_LABELS } from '@/api/labels';
import { EXPORT_COLUMNS, type ExportColumn, type OrderExportQuery } from '@/api/orders';
import { CSV_BOM, csvLine } from './csv';
import { COLUMN_LABELS, MODE_LABELS } from './export-labels';
import { matching } from './list';
import { formatMerchantDateTime, merchantStamp } from './merchant-time';
import { fromMinor } from './money';
import type { OrderRecord } from './model';
import type { ProfileStore } from './order-store';

/**
 * Rows per chunk: large enough to amortise a pull, small enough that the first bytes leave
 * within a few milliseconds and memory stays flat.
 */
export const EXPORT_CHUNK_ROWS = 200;

export interface OrdersExport {
  /** Data rows (the header row not counted), known before the first byte. */
  total: number;
  filename: string;
  /** The CSV text, BOM and header row first, then EXPORT_CHUNK_ROWS rows per chunk, produced on demand. */
  chunks: Iterator<string>;
}

type Cell = (order: OrderRecord, lang: Language) => string | null;

/** Amounts keep two decimals and no grouping; only the decimal mark follows the language. */
function amountText(minor: number | null, lang: Language): string | null {
  if (minor === null) return null;
  const text = fromMinor(minor);
  return lang === 'ru' ? text.replace('.', ',') : text;
}

function customerName(order: OrderRecord): string | null {
  const { lastname, firstname, middlename } = order.customer;
  const name = [lastname, firstname, middlename].filter((part) => part !== null && part !== '').join(' ');
  return name === '' ? null : name;
}

const CELLS: Record<ExportColumn, Cell> = {
  orderdate: (order) => formatMerchantDateTime(order.createdAt),
  ordernumber: (order) => order.ordernumber,
  billnumber: (order) => order.billnumber,
  orderstate: (order, lang) => ORDER_STATE_LABELS[lang][order.state],
  testmode: (order, lang) => MODE_LABELS[lang][order.testmode ? 'test' : 'live'],
  amount: (order, lang) => amountText(order.amount, lang),
  currency: (order) => order.currency,
  orderamount: (order, lang) => amountText(order.orderamount, lang),
  ordercurrency: (order) => order.ordercurrency,
  paymentmeans: (order, lang) => (order.means ? BRAND_LABELS[lang][order.means.brand] : null),
  cardnumber: (order) => order.means?.cardnumber ?? null,
  cardholder: (order) => order.means?.cardholder ?? null,
  customer: customerName,
  email: (order) => order.customer.email,
  processing: (order) => order.processing,
  threedsresult: (order) => order.threeds,
};

function* csvChunks(rows: Iterable<OrderRecord>, columns: readonly ExportColumn[], lang: Language) {
  yield CSV_BOM + csvLine(columns.map((column) => COLUMN_LABELS[lang][column]));
  const cells = columns.map((column) => CELLS[column]);
  let chunk: string[] = [];
  for (const order of rows) {
    chunk.push(csvLine(cells.map((cell) => cell(order, lang))));
    if (chunk.length === EXPORT_CHUNK_ROWS) {
      yield chunk.join('');
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk.join('');
}

/**
 * Every order the filters match, as CSV text produced chunk by chunk while the reader pulls.
 * Columns keep EXPORT_COLUMNS order whatever order they were asked in; dates are merchant time.
 */
export function exportOrders(store: ProfileStore, query: OrderExportQuery, now: number): OrdersExport {
  const requested = new Set<ExportColumn>(query.columns ?? EXPORT_COLUMNS);
  const columns = EXPORT_COLUMNS.filter((column) => requested.has(column));
  const { total, rows } = matching(store, query, query.sort);
  return {
    total,
    filename: `orders-${store.profileId}-${merchantStamp(now)}.csv`,
    chunks: csvChunks(rows, columns, query.lang),
  };
}
