import { addNamespace } from './i18n';

/**
 * Texts of the web-service accounts screen, in both languages (namespace `webService`); the
 * section's label in the navigation stays with the shell.
 */
export const webServiceRu = {
  title: 'Учётные записи веб-сервисов',
  intro:
    'С этими логинами сервер магазина вызывает веб-сервисы шлюза (состояние заказа {{path}}, результаты за период, подтверждение, отмена), передавая Merchant_ID {{merchantId}}, логин и пароль. Каждый вызов попадает в журнал аудита.',
  create: 'Добавить учётную запись',
  createTitle: 'Новая учётная запись веб-сервисов',
  login: 'Логин',
  loginRules: '8–20 латинских букв, цифр или «_». Пароль сгенерирует шлюз.',
  submit: 'Создать',
  cancel: 'Отмена',
  done: 'Пароль сохранён, закрыть',
  table: 'Учётные записи веб-сервисов',
  columns: {
    login: 'Логин',
    state: 'Состояние',
    created: 'Создана',
    passwordChanged: 'Пароль сменён',
    lastUsed: 'Последний вызов',
    actions: 'Действия',
  },
  states: { active: 'Активна', disabled: 'Отключена' },
  never: 'не было',
  emptyTitle: 'Учётных записей пока нет',
  empty: 'Создайте учётную запись для сервера магазина: пароль будет показан один раз.',
  disable: 'Отключить',
  disableOf: 'Отключить учётную запись {{login}}',
  disableTitle: 'Отключить {{login}}?',
  disableText: 'Вызовы веб-сервисов с этим логином будут отклоняться, пока учётную запись не включат снова.',
  enable: 'Включить',
  enableOf: 'Включить учётную запись {{login}}',
  enableTitle: 'Включить {{login}}?',
  enableText: 'Сервер магазина снова сможет вызывать веб-сервисы с этим логином и его текущим паролем.',
  rotate: 'Новый пароль',
  rotateOf: 'Новый пароль для учётной записи {{login}}',
  rotateTitle: 'Сменить пароль {{login}}?',
  rotateText:
    'Шлюз сгенерирует новый пароль; старый перестанет действовать сразу, поэтому передайте новый серверу магазина.',
  passwordTitle: 'Пароль учётной записи {{login}}',
  passwordOnce: 'Скопируйте пароль сейчас: он показан один раз. Шлюз хранит только его хеш и больше его не покажет.',
  passwordLabel: 'Пароль',
  passwordWhat: 'пароль',
  errors: {
    'login-taken': 'Такой логин в этом профиле уже есть.',
    validation: 'Логин: 8–20 латинских букв, цифр или «_».',
    other: 'Не получилось. Повторите попытку.',
  },
};

export type WebServiceMessages = typeof webServiceRu;

export const webServiceEn: WebServiceMessages = {
  title: 'Web-service accounts',
  intro:
    "The shop's server calls the gateway's web services (order state {{path}}, results by period, confirm, cancel) with Merchant_ID {{merchantId}}, one of these logins and its password. Every call goes to the audit log.",
  create: 'Add an account',
  createTitle: 'New web-service account',
  login: 'Login',
  loginRules: '8–20 Latin letters, digits or "_". The gateway generates the password.',
  submit: 'Create',
  cancel: 'Cancel',
  done: 'I have saved the password, close',
  table: 'Web-service accounts',
  columns: {
    login: 'Login',
    state: 'State',
    created: 'Created',
    passwordChanged: 'Password changed',
    lastUsed: 'Last call',
    actions: 'Actions',
  },
  states: { active: 'Active', disabled: 'Disabled' },
  never: 'none yet',
  emptyTitle: 'No accounts yet',
  empty: "Create an account for the shop's server: its password is shown once.",
  disable: 'Disable',
  disableOf: 'Disable account {{login}}',
  disableTitle: 'Disable {{login}}?',
  disableText: 'Web-service calls with this login are refused until the account is enabled again.',
  enable: 'Enable',
  enableOf: 'Enable account {{login}}',
  enableTitle: 'Enable {{login}}?',
  enableText: "The shop's server can call the web services with this login and its current password again.",
  rotate: 'New password',
  rotateOf: 'New password for account {{login}}',
  rotateTitle: 'Change the password of {{login}}?',
  rotateText:
    "The gateway generates a new password; the old one stops working at once, so give the new one to the shop's server.",
  passwordTitle: 'Password of account {{login}}',
  passwordOnce:
    'Copy the password now: it is shown this once. The gateway keeps only its hash and will not show it again.',
  passwordLabel: 'Password',
  passwordWhat: 'password',
  errors: {
    'login-taken': 'This profile already has that login.',
    validation: 'Login: 8–20 Latin letters, digits or "_".',
    other: 'That did not work. Please try again.',
  },
};

/** Adds the web-service accounts screen's messages (namespace `webService`). */
export function addWebServiceMessages(): void {
  addNamespace('webService', webServiceRu, webServiceEn);
}
