import type { OrderDetail } from '@/api/orders';
import type { CardField } from '../gateway/onboarding/card-input';
import { TEST_3DS_CODE } from '../gateway/onboarding/card-payment';
import type { RequestRefusal } from '../gateway/onboarding/payment-requests';
import { html, page, type Html } from './html';

const REFUSALS: Record<RequestRefusal['refused'], string> = {
  'invalid-field': 'Поле формы заполнено неверно',
  'unknown-merchant': 'Магазин с таким Merchant_ID не найден',
  'wrong-address':
    'Запрос отправлен не на тот адрес: тестовый профиль принимает запросы на тестовом адресе, боевой — на боевом',
  'checkvalue-missing': 'Запрос без контрольного значения (Checkvalue), а магазин его требует',
  'checkvalue-wrong': 'Контрольное значение (Checkvalue) не совпадает: проверьте секретное слово и формулу',
  'ordernumber-paid': 'Заказ с этим номером уже оплачен',
};

const CARD_FIELDS: Record<CardField, string> = {
  pan: 'Номер карты введён неверно',
  expiry: 'Срок действия: ММ/ГГ, не в прошлом',
  cvc: 'CVC: 3 или 4 цифры',
  cardholder: 'Имя владельца латиницей',
};

const STATES: Record<string, string> = {
  Approved: 'Оплачен',
  Delayed: 'Средства заблокированы, ожидает подтверждения магазином',
  Declined: 'Платёж отклонён',
  Timeout: 'Закрыт по тайм-ауту',
  'In Process': 'В процессе',
};

function orderFacts(order: OrderDetail): Html {
  return html`<dl>
    <dt>Заказ</dt>
    <dd>${order.ordernumber}</dd>
    <dt>Номер в шлюзе</dt>
    <dd>${order.billnumber}</dd>
    <dt>Сумма</dt>
    <dd>${order.orderamount} ${order.ordercurrency}</dd>
  </dl>`;
}

export function refusalPage(refusal: RequestRefusal, testmode: boolean): string {
  return page(
    'Запрос отклонён',
    html`<h2>Запрос отклонён</h2>
      <p class="error" role="alert">${REFUSALS[refusal.refused]}</p>
      ${
        refusal.field ? html`<p>Поле: <code>${refusal.field}</code></p>` : null
      }${refusal.detail ? html`<p class="hint">${refusal.detail}</p>` : null}
      <p>Заказ не создан.</p>`,
    testmode,
  );
}

const TEST_CARD_HINTS = [
  ['4111 1111 1111 1111', 'одобряется'],
  ['4000 0000 0000 0002', 'отклоняется: недостаточно средств'],
  ['4000 0000 0000 3220', 'запрашивает 3-D Secure, затем одобряется'],
  ['4000 0000 0000 0119', 'закрывается по тайм-ауту'],
  ['2200 0000 0000 0004', 'МИР участника «Спасибо»'],
] as const;

export function cardFormPage(order: OrderDetail, action: string, error: CardField | null, detail?: string): string {
  return page(
    'Оплата картой',
    html`<h2>Оплата картой</h2>
      ${orderFacts(order)}${
        error ? html`<p class="error" role="alert">${CARD_FIELDS[error]}</p>` : null
      }${detail ? html`<p class="error" role="alert">${detail}</p>` : null}
      <form method="post" action="${action}">
        <label for="pan">Номер карты</label
        ><input id="pan" name="pan" inputmode="numeric" autocomplete="cc-number" required />
        <label for="expiry">Срок действия (ММ/ГГ)</label
        ><input id="expiry" name="expiry" autocomplete="cc-exp" placeholder="12/30" required />
        <label for="cvc">CVC</label><input id="cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc" required />
        <label for="cardholder">Владелец карты</label><input id="cardholder" name="cardholder" autocomplete="cc-name" />
        <button type="submit">Оплатить ${order.orderamount} ${order.ordercurrency}</button>
      </form>
      ${
        order.testmode
          ? html`<h3>Тестовые карты</h3>
              <ul class="hint">
                ${TEST_CARD_HINTS.map(([pan, what]) => html`<li><code>${pan}</code> — ${what}</li>`)}
              </ul>`
          : null
      }`,
    order.testmode,
  );
}

export function challengePage(order: OrderDetail, action: string, wrong: boolean): string {
  return page(
    '3-D Secure',
    html`<h2>Подтверждение 3-D Secure</h2>
      ${orderFacts(order)}${wrong ? html`<p class="error" role="alert">Код не подходит</p>` : null}
      <form method="post" action="${action}">
        <label for="code">Одноразовый код</label
        ><input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" required />
        <p class="hint">Тестовый код: <code>${TEST_3DS_CODE}</code></p>
        <button type="submit">Подтвердить</button>
      </form>`,
    order.testmode,
  );
}

export function resultPage(order: OrderDetail, back: string | null): string {
  const ok = order.orderstate === 'Approved' || order.orderstate === 'Delayed';
  const reason = ok ? null : (order.operations[0]?.message ?? null);
  return page(
    ok ? 'Оплата прошла' : 'Оплата не прошла',
    html`<h2>${ok ? 'Оплата прошла' : 'Оплата не прошла'}</h2>
      <p role="status">${STATES[order.orderstate] ?? order.orderstate}</p>
      ${reason ? html`<p class="error">${reason}</p>` : null}${orderFacts(order)}${
        back ? html`<p><a href="${back}">Вернуться в магазин</a></p>` : null
      }`,
    order.testmode,
  );
}

export function notFoundPage(): string {
  return page(
    'Сессия оплаты не найдена',
    html`<h2>Сессия оплаты не найдена</h2>
      <p>Начните оплату в магазине заново.</p>`,
    false,
  );
}
