import { addNamespace } from './i18n';

/**
 * The user's own account: the security page and the first sign-in's steps (a new password, a
 * second factor) (namespace `account`).
 */
export const accountRu = {
  setup: {
    passwordTitle: 'Смена временного пароля',
    passwordText: 'Пароль выдан администратором. Придумайте свой, чтобы продолжить.',
    totpTitle: 'Подключение второго фактора',
    totpText: 'В кабинете обязателен второй фактор. Подключите приложение-аутентификатор, чтобы продолжить.',
  },
  password: {
    current: 'Текущий пароль',
    new: 'Новый пароль',
    repeat: 'Новый пароль ещё раз',
    rules: '8–20 символов: латинские заглавные и строчные буквы и цифры; не один из трёх последних',
    mismatch: 'Пароли не совпадают',
    reused: 'Этот пароль уже был среди трёх последних',
    currentWrong: 'Текущий пароль введён неверно',
    failed: 'Не удалось сменить пароль',
    submit: 'Сменить пароль',
  },
  account: {
    title: 'Безопасность',
    totp: 'Второй фактор (TOTP)',
    password: 'Пароль',
    passwordChanged: 'Пароль изменён',
    sessions: 'Активные сеансы',
    current: 'этот сеанс',
    lastActive: 'последняя активность',
    endOthers: 'Завершить остальные сеансы ({{count}})',
  },
  totp: {
    start: 'Подключить приложение-аутентификатор',
    scan: 'Отсканируйте QR-код приложением (Google Authenticator, Яндекс Ключ и т. п.) или введите ключ вручную.',
    qr: 'QR-код для приложения-аутентификатора',
    key: 'Ключ:',
    code: 'Код из приложения',
    confirm: 'Подтвердить',
    enabled: 'Второй фактор включён',
    recoveryText: 'Коды восстановления — каждый срабатывает один раз. Сохраните их: больше они не покажутся.',
    recoveryCodes: 'Коды восстановления',
    done: 'Готово',
    failed: 'Не удалось начать подключение',
  },
};

export type AccountMessages = typeof accountRu;

export const accountEn: AccountMessages = {
  setup: {
    passwordTitle: 'Change the temporary password',
    passwordText: 'Your administrator gave you this password. Choose your own to continue.',
    totpTitle: 'Set up a second factor',
    totpText: 'The cabinet requires a second factor. Set up an authenticator app to continue.',
  },
  password: {
    current: 'Current password',
    new: 'New password',
    repeat: 'New password again',
    rules: '8–20 characters: Latin upper and lower case letters and digits; not one of the last three',
    mismatch: 'The passwords differ',
    reused: 'This password was one of the last three',
    currentWrong: 'The current password is wrong',
    failed: 'Could not change the password',
    submit: 'Change password',
  },
  account: {
    title: 'Security',
    totp: 'Second factor (TOTP)',
    password: 'Password',
    passwordChanged: 'Password changed',
    sessions: 'Active sessions',
    current: 'this session',
    lastActive: 'last active',
    endOthers: 'End the other sessions ({{count}})',
  },
  totp: {
    start: 'Set up an authenticator app',
    scan: 'Scan the QR code with the app (Google Authenticator, Yandex Key, …) or type the key by hand.',
    qr: 'QR code for the authenticator app',
    key: 'Key:',
    code: 'Code from the app',
    confirm: 'Confirm',
    enabled: 'The second factor is on',
    recoveryText: 'Recovery codes — each works once. Keep them: they are not shown again.',
    recoveryCodes: 'Recovery codes',
    done: 'Done',
    failed: 'Could not start the set-up',
  },
};

/** Adds the account pages' messages (namespace `account`). */
export function addAccountMessages(): void {
  addNamespace('account', accountRu, accountEn);
}
