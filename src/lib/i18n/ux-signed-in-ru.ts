/**
 * Messages of the demo controls, time left, totals, amounts and the awaiting list: the signed-in
 * pages' part of `ux` in Russian, added with the shell's code (`signed-in-ru.ts`).
 */
export const uxSignedInRu = {
  demo: {
    reset: 'Сбросить демо-данные',
    keep: 'Не сбрасывать',
    resetConfirm: 'Вернуть демо-данные к началу? Все подтверждения и отмены, сделанные в демо, будут забыты.',
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
