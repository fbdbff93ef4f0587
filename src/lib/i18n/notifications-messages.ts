import { addNamespace } from './i18n';

/**
 * The result notifications: the delivery log and the order page's section (namespace
 * `notifications`). The warning every page of the profile shows and the section's label in the
 * navigation stay with the shell.
 */
export const notificationsRu = {
  title: 'Уведомления магазину',
  intro:
    'Результаты операций, которые шлюз отправил на адрес магазина, и каждая попытка доставки. Без ответа шлюз повторяет до 8 раз за 4 часа; после ответа с ошибкой не повторяет.',
  filters: 'Фильтры уведомлений',
  status: 'Статус',
  any: 'Любой',
  from: 'С даты',
  to: 'По дату',
  order: 'Заказ (номер или billnumber)',
  apply: 'Показать',
  sendTest: 'Отправить тестовое уведомление',
  sendTestDone: 'Тестовое уведомление: {{status}}',
  resendDone: 'Повторная отправка: {{status}}',
  resend: 'Отправить повторно',
  resendFailed: 'Повторить неотправленные за период',
  resendFailedAll: 'Повторить все неотправленные',
  resendFailedDone: 'Отправлено повторно: {{resent}}, доставлено: {{delivered}}',
  urlMissing: 'Адрес для уведомлений не задан в настройках профиля.',
  actionFailed: 'Не удалось выполнить действие. Повторите попытку.',
  empty: 'Уведомлений нет',
  emptyHint: 'Уведомления появятся, когда по заказам пройдут оплаты, подтверждения или отмены.',
  list: 'Уведомления',
  kinds: {
    payment: 'Оплата',
    confirmation: 'Подтверждение',
    cancel: 'Отмена или возврат',
    test: 'Тестовое',
  },
  statuses: {
    pending: 'Отправляется',
    delivered: 'Доставлено',
    failing: 'Повторяется',
    'given-up': 'Не доставлено',
    refused: 'Отклонено магазином',
  },
  outcomes: {
    delivered: 'Принято',
    'no-answer': 'Нет ответа',
    'error-answer': 'Ответ с ошибкой',
  },
  triggers: {
    event: 'по событию',
    retry: 'повтор',
    manual: 'вручную',
  },
  summary: '{{kind}} · заказ {{ordernumber}} · {{orderstate}}',
  createdAt: 'Создано',
  url: 'Адрес',
  attemptsCount: 'Попыток: {{count}}',
  nextAttempt: 'Следующая попытка',
  attempts: 'Попытки доставки',
  attempt: 'Попытка',
  at: 'Время',
  outcome: 'Итог',
  response: 'Ответ',
  duration: 'Длительность',
  durationMs: '{{ms}} мс',
  noResponse: 'нет ответа',
  requestBody: 'Тело запроса',
  responseBody: 'Тело ответа',
  details: 'Подробности попытки {{number}}',
  orderTitle: 'Уведомления магазину по заказу',
  orderEmpty: 'По этому заказу уведомления не отправлялись',
};

export type NotificationsMessages = typeof notificationsRu;

export const notificationsEn: NotificationsMessages = {
  title: 'Notifications to the shop',
  intro:
    'Results the gateway sent to the shop’s URL, and every delivery attempt. Without an answer the gateway retries up to 8 times over 4 hours; after an error answer it does not retry.',
  filters: 'Notification filters',
  status: 'Status',
  any: 'Any',
  from: 'From',
  to: 'To',
  order: 'Order (number or billnumber)',
  apply: 'Show',
  sendTest: 'Send a test notification',
  sendTestDone: 'Test notification: {{status}}',
  resendDone: 'Resent: {{status}}',
  resend: 'Resend',
  resendFailed: 'Resend failed ones of the period',
  resendFailedAll: 'Resend all failed ones',
  resendFailedDone: 'Resent: {{resent}}, delivered: {{delivered}}',
  urlMissing: 'No notification URL is set in the profile’s settings.',
  actionFailed: 'The action failed. Please try again.',
  empty: 'No notifications',
  emptyHint: 'Notifications appear once orders are paid, confirmed or cancelled.',
  list: 'Notifications',
  kinds: {
    payment: 'Payment',
    confirmation: 'Confirmation',
    cancel: 'Cancel or refund',
    test: 'Test',
  },
  statuses: {
    pending: 'Sending',
    delivered: 'Delivered',
    failing: 'Retrying',
    'given-up': 'Given up',
    refused: 'Refused by the shop',
  },
  outcomes: {
    delivered: 'Acknowledged',
    'no-answer': 'No answer',
    'error-answer': 'Error answer',
  },
  triggers: {
    event: 'on event',
    retry: 'retry',
    manual: 'manual',
  },
  summary: '{{kind}} · order {{ordernumber}} · {{orderstate}}',
  createdAt: 'Created',
  url: 'URL',
  attemptsCount: 'Attempts: {{count}}',
  nextAttempt: 'Next attempt',
  attempts: 'Delivery attempts',
  attempt: 'Attempt',
  at: 'Time',
  outcome: 'Outcome',
  response: 'Response',
  duration: 'Duration',
  durationMs: '{{ms}} ms',
  noResponse: 'no answer',
  requestBody: 'Request body',
  responseBody: 'Response body',
  details: 'Details of attempt {{number}}',
  orderTitle: 'Notifications to the shop about this order',
  orderEmpty: 'No notifications were sent about this order',
};

/** Adds the notification log's messages (namespace `notifications`). */
export function addNotificationsMessages(): void {
  addNamespace('notifications', notificationsRu, notificationsEn);
}
