import type { ExportColumn } from '@/api/orders';

/**
 * What each grid column holds, in the export's vocabulary: the amount column shows the payment
 * amount with the original under it, the order number carries the test mark, and so on. The
 * export takes the columns the user sees, in the grid's order.
 */
export const EXPORT_COLUMNS_OF_FIELD: Readonly<Record<string, readonly ExportColumn[]>> = {
  orderdate: ['orderdate'],
  ordernumber: ['ordernumber', 'testmode'],
  billnumber: ['billnumber'],
  orderstate: ['orderstate'],
  orderamount: ['amount', 'currency', 'orderamount', 'ordercurrency'],
  paymentmeans: ['paymentmeans', 'cardnumber'],
  cardholder: ['cardholder'],
  customer: ['customer'],
  email: ['email'],
  processing: ['processing'],
  threedsresult: ['threedsresult'],
};

export function exportColumnsOf(visibleFields: readonly string[]): ExportColumn[] {
  const columns = visibleFields.flatMap((field) => EXPORT_COLUMNS_OF_FIELD[field] ?? []);
  return [...new Set(columns)];
}

/** The grid's column fields in the grid's order. */
export const GRID_FIELDS = Object.keys(EXPORT_COLUMNS_OF_FIELD);
