import { accessRu } from './access-ru';
import type { SignedInMessages } from './signed-in-ru';
import { uxRu } from './ux-ru';

/**
 * Russian, the default language: what the entry and the sign-in page show (the frame, sign-in,
 * errors). The signed-in pages' messages are `signed-in-ru.ts`, added with the shell's code. The
 * English file must have exactly the same keys as both together.
 */
export const ru = {
  common: {
    appName: 'Личный кабинет',
    loading: 'Загрузка…',
    retry: 'Повторить',
    skipToContent: 'Перейти к содержимому',
    none: '—',
    yes: 'Да',
    no: 'Нет',
  },
  errors: {
    loadFailed: 'Не удалось загрузить данные',
    network: 'Нет связи с сервером. Проверьте подключение и повторите.',
    unexpected: 'Произошла непредвиденная ошибка.',
    notFoundTitle: 'Страница не найдена',
    notFoundText: 'Такой страницы нет или у вас нет к ней доступа.',
    toHome: 'На главную',
  },
  language: {
    label: 'Язык',
    ru: 'Русский',
    en: 'English',
  },
  login: {
    title: 'Вход в личный кабинет',
    login: 'Логин',
    password: 'Пароль',
    submit: 'Войти',
    submitting: 'Входим…',
    wrongCredentials: 'Неверный логин или пароль',
    loginRequired: 'Введите логин',
    passwordRequired: 'Введите пароль',
    failed: 'Не удалось войти: {{message}}',
    demoTitle: 'Демонстрационный доступ',
    demoUsers: 'Пользователи:',
    demoPassword: 'Пароль для всех: {{password}}',
    demoUser: '{{login}} — {{role}}',
    roles: {
      admin: 'администратор',
      accountant: 'бухгалтер',
      viewer: 'наблюдатель',
    },
  },
  ux: uxRu,
  access: accessRu,
};

export type Messages = typeof ru & SignedInMessages;
