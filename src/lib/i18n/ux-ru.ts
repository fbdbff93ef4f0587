/**
 * Messages of problem texts and not-found pages, spread into the Russian messages as `ux`: what
 * the entry shows. The signed-in pages' part of `ux` is `ux-signed-in-ru.ts`, English `ux-en.ts`.
 */
export const uxRu = {
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
};
