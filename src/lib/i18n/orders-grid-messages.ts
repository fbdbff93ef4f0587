/** Texts of the copy button next to an order's numbers, in both languages. */
export const copyRu = {
  label: 'Скопировать: {{what}}',
  done: 'Скопировано: {{what}}',
};

export const copyEn: typeof copyRu = {
  label: 'Copy: {{what}}',
  done: 'Copied: {{what}}',
};

/** Texts of the orders grid (selection, paging, the sort note), in both languages. */
export const ordersGridRu = {
  selectRow: 'Выбрать заказ {{ordernumber}}',
  selectPage: 'Выбрать все заказы на странице',
  rowsPerPage: 'Строк на странице:',
  amountSortNote:
    'По сумме платежа. Суммы в разных валютах не сравниваются: сначала рубли, затем остальные валюты по коду (EUR, KZT, USD…).',
  pages: {
    previous: 'Перейти на предыдущую страницу',
    next: 'Перейти на следующую страницу',
  },
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
