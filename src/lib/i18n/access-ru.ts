/**
 * Access as every page needs it: the sign-in steps (also in the dialog over an expired session)
 * and the shell's navigation. The pages behind a right or the account bring theirs: the
 * namespaces `users`, `audit` and `account`.
 */
export const accessRu = {
  signIn: {
    code: 'Код подтверждения',
    codeHint: '6 цифр из приложения-аутентификатора или код восстановления',
    codeRequired: 'Введите код',
    codeInvalid: 'Код не подходит',
    locked: 'Слишком много неудачных попыток. Вход для этого логина закрыт на {{minutes}} мин.',
  },
  expired: {
    title: 'Сеанс завершён',
    text: 'Вы долго не работали в кабинете, и сеанс закрылся. Войдите снова — страница и введённые данные останутся на месте.',
  },
  nav: {
    label: 'Разделы кабинета',
    orders: 'Заказы',
    awaiting: 'Ожидают подтверждения',
    users: 'Пользователи',
    audit: 'Журнал действий',
    account: 'Безопасность',
    settings: 'Настройки',
    notifications: 'Уведомления',
    webService: 'Веб-сервисы',
    onboarding: 'Подключение',
    integration: 'Интеграция',
    menu: 'Меню разделов',
  },
};
