/** Texts of the copy button next to an order's numbers (Russian; English is `orders-grid-en.ts`). */
export const copyRu = {
  label: 'Скопировать: {{what}}',
  done: 'Скопировано: {{what}}',
};

/** Texts of the orders grid (selection, paging, the sort note) (Russian; English is `orders-grid-en.ts`). */
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
