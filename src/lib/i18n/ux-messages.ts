/**
 * Messages of the demo controls, problem texts, not-found pages and totals: one section of its
 * own, spread into both languages as `ux`.
 */
export const uxRu = {
  demo: {
    reset: 'Сбросить демо-данные',
    keep: 'Не сбрасывать',
    resetConfirm: 'Вернуть демо-данные к началу? Все подтверждения и отмены, сделанные в демо, будут забыты.',
  },
  problem: {
    internal: 'На сервере произошла ошибка, данные не получены. Повторите чуть позже.',
    unavailable: 'Сервер временно недоступен. Повторите чуть позже.',
    network: 'Нет связи с сервером. Проверьте подключение и повторите.',
    forbidden: 'У вашей учётной записи нет прав на эти данные.',
    notFound: 'Таких данных нет: возможно, ссылка устарела.',
    conflict: 'Данные изменились, пока вы работали. Обновите страницу.',
    validation: 'Сервер не принял запрос: проверьте фильтры и повторите.',
    unexpected: 'Произошла непредвиденная ошибка.',
    supportCode: 'Код для поддержки: {{code}}',
  },
  notFound: {
    orderTitle: 'Заказ {{billnumber}} не найден',
    orderText:
      'В профиле {{profileId}} нет заказа с таким номером в системе. Проверьте номер или найдите заказ в списке.',
    toOrders: 'К списку заказов',
  },
  timeLeft: {
    days: '{{days}} д {{hours}} ч {{minutes}} мин',
    hours: '{{hours}} ч {{minutes}} мин',
    minutes: '{{minutes}} мин',
  },
  orderState: {
    deadline: 'Подтвердите до {{deadline}} — осталось {{left}}. Иначе блокировка будет снята автоматически.',
    deadlineUrgent: 'Меньше суток',
    deadlinePassed: 'Срок подтверждения истёк {{deadline}}: блокировка снимается автоматически.',
    declineReason: 'Причина отказа: {{code}} — {{message}}',
    declineReasonCode: 'Причина отказа: код {{code}}',
  },
  totals: {
    filtered: 'Итого по фильтру:',
    held: 'Заблокировано всего:',
    none: 'нет заказов',
    counting: 'считаем…',
    orders_one: '({{count, number}} заказ)',
    orders_few: '({{count, number}} заказа)',
    orders_many: '({{count, number}} заказов)',
    orders_other: '({{count, number}} заказа)',
  },
  awaiting: {
    confirmPage_one: 'Подтвердить {{count}} заказ на странице…',
    confirmPage_few: 'Подтвердить {{count}} заказа на странице…',
    confirmPage_many: 'Подтвердить {{count}} заказов на странице…',
    confirmPage_other: 'Подтвердить {{count}} заказа на странице…',
  },
  actions: {
    confirmFullTest: 'Заказ будет подтверждён на {{amount}}; в тестовом профиле транзакция в процессинг не уходит.',
  },
  money: {
    released: 'Снято с блокировки',
    points: '{{points}} баллов «Спасибо»',
  },
  amountFilter: {
    format: 'Не похоже на сумму. Пример: 1 000,50 или 1000.50.',
    ambiguous: 'Непонятно, что значит {{input}}: напишите 1 234 или 1,23.',
    negative: 'Сумма не может быть отрицательной.',
    tooManyDecimals: 'Не больше двух знаков после запятой.',
    currencyMismatch: 'Валюту выберите в поле «Валюта».',
    tooLarge: 'Слишком большая сумма.',
    inForce: 'Действует прежнее значение: {{value}}.',
    notApplied: 'Фильтр не применён.',
  },
};

export const uxEn: typeof uxRu = {
  demo: {
    reset: 'Reset demo data',
    keep: 'Keep my data',
    resetConfirm: 'Reset the demo data? Every confirmation and cancellation made in the demo will be forgotten.',
  },
  problem: {
    internal: 'The server failed and sent no data. Please try again shortly.',
    unavailable: 'The server is temporarily unavailable. Please try again shortly.',
    network: 'No connection to the server. Check your connection and retry.',
    forbidden: 'Your account has no rights to this data.',
    notFound: 'There is no such data: the link may be out of date.',
    conflict: 'The data changed while you were working. Reload the page.',
    validation: 'The server did not accept the request: check the filters and retry.',
    unexpected: 'An unexpected error occurred.',
    supportCode: 'Code for support: {{code}}',
  },
  notFound: {
    orderTitle: 'Order {{billnumber}} not found',
    orderText:
      'Profile {{profileId}} has no order with this system number. Check the number or find the order in the list.',
    toOrders: 'To the orders',
  },
  timeLeft: {
    days: '{{days}} d {{hours}} h {{minutes}} min',
    hours: '{{hours}} h {{minutes}} min',
    minutes: '{{minutes}} min',
  },
  orderState: {
    deadline: 'Confirm by {{deadline}} — {{left}} left. Otherwise the hold is released automatically.',
    deadlineUrgent: 'Under a day',
    deadlinePassed: 'The confirmation deadline passed at {{deadline}}: the hold is being released automatically.',
    declineReason: 'Reason for the decline: {{code}} — {{message}}',
    declineReasonCode: 'Reason for the decline: code {{code}}',
  },
  totals: {
    filtered: 'Total of the filtered orders:',
    held: 'Held in total:',
    none: 'no orders',
    counting: 'adding up…',
    orders_one: '({{count, number}} order)',
    orders_few: '({{count, number}} orders)',
    orders_many: '({{count, number}} orders)',
    orders_other: '({{count, number}} orders)',
  },
  awaiting: {
    confirmPage_one: 'Confirm {{count}} order on this page…',
    confirmPage_few: 'Confirm {{count}} orders on this page…',
    confirmPage_many: 'Confirm {{count}} orders on this page…',
    confirmPage_other: 'Confirm {{count}} orders on this page…',
  },
  actions: {
    confirmFullTest:
      'The order will be confirmed for {{amount}}; in the test profile no transaction goes to processing.',
  },
  money: {
    released: 'Released from the hold',
    points: '{{points}} «Spasibo» points',
  },
  amountFilter: {
    format: 'Not an amount. Example: 1,000.50 or 1000.50.',
    ambiguous: 'Unclear what {{input}} means: write 1,234.00 or 1.23.',
    negative: 'An amount cannot be negative.',
    tooManyDecimals: 'At most two decimals.',
    currencyMismatch: 'Choose the currency in the «Currency» field.',
    tooLarge: 'The amount is too large.',
    inForce: 'Still filtering by {{value}}.',
    notApplied: 'The filter is not applied.',
  },
};
