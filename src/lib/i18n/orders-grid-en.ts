import type { copyRu, ordersGridRu } from './orders-grid-ru';

/** The copy button's and the orders grid's texts in English. */
export const copyEn: typeof copyRu = {
  label: 'Copy: {{what}}',
  done: 'Copied: {{what}}',
};

export const ordersGridEn: typeof ordersGridRu = {
  selectRow: 'Select order {{ordernumber}}',
  selectPage: 'Select all orders on the page',
  rowsPerPage: 'Rows per page:',
  amountSortNote:
    'By payment amount. Amounts in different currencies are not compared: roubles first, then the other currencies by code (EUR, KZT, USD…).',
  pages: {
    previous: 'Go to previous page',
    next: 'Go to next page',
  },
};
