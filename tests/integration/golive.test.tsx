import { createHash } from 'node:crypto';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HOUR } from '../../mocks/gateway/clock';
import { getGateway } from '../../mocks/runtime';
import { advanceGatewayClock, renderApp, signedInAs } from './render-app';

const NEW_TEST = '900402';
const NEW_LIVE = '600402';

/** Domain §9 with node:crypto, independently of the cabinet's own code. */
function reference(secret: string, fields: string): string {
  const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');
  return md5((md5(secret) + md5(fields)).toUpperCase()).toUpperCase();
}

/** The shop's own form arrives signed at the payment page, as from its site. */
function shopFormArrives(ordernumber: string): string {
  const accepted = getGateway().onboarding.accept(
    'test',
    {
      Merchant_ID: NEW_TEST,
      OrderNumber: ordernumber,
      OrderAmount: '990.00',
      OrderCurrency: 'RUB',
      Checkvalue: reference('TestWord2026', `${NEW_TEST};${ordernumber};990.00;RUB`),
    },
    'shop-form',
  );
  if (accepted.refused !== undefined) throw new Error(accepted.refused);
  return accepted.order.billnumber;
}

function stepOf(name: string): HTMLElement {
  return screen.getByRole('listitem', { name: new RegExp(name) });
}

async function payInCabinet(user: ReturnType<typeof renderApp>['user'], card: RegExp, twoStage = false) {
  if (twoStage) await user.click(screen.getByRole('radio', { name: /Двухстадийный/ }));
  else await user.click(screen.getByRole('radio', { name: 'Одностадийный' }));
  await user.click(screen.getByRole('combobox', { name: 'Тестовая карта' }));
  await user.click(await screen.findByRole('option', { name: card }));
  await user.click(screen.getByRole('button', { name: 'Провести тестовый платёж' }));
  return within(await screen.findByRole('status', {}, { timeout: 5_000 }));
}

describe('the going-live checklist of a shop that has only its test profile', () => {
  it('follows the gateway’s facts step by step, and the approved switch issues the live profile', async () => {
    const session = await signedInAs('admin');
    expect(session.profiles.map((profile) => profile.id)).not.toContain(NEW_LIVE);
    const { user } = renderApp(`/p/${NEW_TEST}/onboarding`);
    expect(await screen.findByRole('heading', { level: 1, name: /Подключение/ })).toBeVisible();

    expect(within(stepOf('Тестовый профиль получен')).getByText('Выполнено')).toBeVisible();
    expect(within(stepOf('Платёжная форма встроена')).getByText('Нужно сделать')).toBeVisible();
    expect(within(stepOf('Настройки заданы')).getByText(/Уведомления включены, адрес задан/)).toHaveTextContent(
      /: нет$/,
    );
    expect(within(stepOf('Настройки заданы')).getByText(/Уведомление доставлено/)).toHaveTextContent(/: нет$/);
    expect(screen.getByRole('button', { name: 'Запросить перевод в боевой режим' })).toBeDisabled();

    // Test payments through the payment page, from the cabinet: approved, declined, two-stage.
    expect((await payInCabinet(user, /4111 1111 1111 1111/)).getByText(/Оплачен/)).toBeVisible();
    await payInCabinet(user, /4000 0000 0000 0002/);
    await payInCabinet(user, /4000 0000 0000 3220/, true);
    const payments = within(stepOf('Тестовые платежи проведены'));
    await waitFor(() => expect(payments.getByText(/Одобренный платёж/)).toHaveTextContent(/: есть$/));
    expect(payments.getByText(/Отклонённый платёж/)).toHaveTextContent(/: есть$/);
    expect(payments.getByText(/Двухстадийный платёж подтверждён/)).toHaveTextContent(/: нет$/);
    // A test payment signs for the shop: it does not prove the shop's own form.
    expect(within(stepOf('Платёжная форма встроена')).getByText('Нужно сделать')).toBeVisible();

    const gateway = getGateway();
    const made = gateway.onboarding.visits.of(NEW_TEST).map((visit) => gateway.getOrder(NEW_TEST, visit.billnumber));
    const held = made.find((order) => order.orderstate === 'Delayed')!;
    const approved = made.find((order) => order.orderstate === 'Approved')!;
    const actor = { user: 'admin', ip: '127.0.0.1' };
    gateway.confirm(NEW_TEST, held.billnumber, {}, actor, 'confirm-key-1');
    gateway.cancel(NEW_TEST, approved.billnumber, {}, actor, 'cancel-key-1');
    shopFormArrives('SITE-1');
    const notifications = gateway.settings.get(NEW_TEST, 'notifications');
    gateway.settings.replace(NEW_TEST, 'notifications', {
      ...notifications,
      enabled: true,
      url: 'http://localhost:5630/notify',
    });

    await user.click(screen.getByRole('checkbox', { name: /Договоры с банком/ }));
    await waitFor(() => expect(within(stepOf('Договоры подписаны')).getByText('Выполнено')).toBeVisible());
    expect(within(stepOf('Платёжная форма встроена')).getByText('Выполнено')).toBeVisible();
    expect(within(stepOf('Тестовые платежи проведены')).getByText('Выполнено')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Запросить перевод в боевой режим' }));
    expect(await screen.findByText(/Заявка на рассмотрении/)).toBeVisible();
    expect(within(stepOf('Перевод в боевой режим')).getByText('На рассмотрении')).toBeVisible();
    expect(gateway.hasProfile(NEW_LIVE)).toBe(false);

    advanceGatewayClock(2 * HOUR);
    await user.click(screen.getByRole('button', { name: 'Проверить сейчас' }));
    const issued = await screen.findByText('Боевой профиль выдан', {}, { timeout: 5_000 });
    const card = issued.closest('[role="alert"]') as HTMLElement;
    expect(within(card).getByText(NEW_LIVE)).toBeVisible();
    expect(within(card).getByText(/\/pay\/order$/)).toBeVisible();
    expect(within(card).getByText(/\/pay\/order$/).textContent).not.toContain('/test/');
    // Its own web-service account, issued with it: the login is the live profile's, not the test one's.
    expect(within(card).getByText(`ws_${NEW_LIVE}`)).toBeVisible();
    expect(gateway.webServiceAccounts.list(NEW_LIVE).map((account) => account.login)).toEqual([`ws_${NEW_LIVE}`]);
    expect(within(stepOf('Перевод в боевой режим')).getByText('Выполнено')).toBeVisible();
    // The contracts cannot be withdrawn once the switch is asked for.
    expect(screen.getByRole('checkbox', { name: /Договоры с банком/ })).toBeChecked();

    // The session learns of the live profile: the profile switch offers it.
    await user.click(screen.getByRole('button', { name: /^Профиль/ }));
    expect(await screen.findByRole('menuitem', { name: new RegExp(NEW_LIVE) })).toBeVisible();
    expect(gateway.settings.requestSecretWords(NEW_LIVE)).toHaveLength(1);
    expect(gateway.settings.requestSecretWords(NEW_LIVE)[0]).not.toBe('TestWord2026');
  });

  it('refuses the switch request before the steps are done', async () => {
    await signedInAs('admin');
    const gateway = getGateway();
    expect(() => gateway.onboarding.requestSwitch(NEW_TEST, { login: 'admin', ip: '127.0.0.1' })).toThrow(
      /договоры подписаны/,
    );
    expect(() => gateway.onboarding.checklist('600401', '')).toThrow(/не тестовый/);
  });

  it('shows a shop already live as done, with its live profile and no secret word', async () => {
    await signedInAs('admin');
    renderApp('/p/900401/onboarding');
    const issued = await screen.findByText('Боевой профиль выдан');
    const card = issued.closest('[role="alert"]') as HTMLElement;
    expect(within(card).getByText('600401')).toBeVisible();
    expect(within(card).queryByText(/Секретное слово/)).toBeNull();
  });
});

describe('the integration helper', () => {
  it('gives the ready form with the sample order’s check value, computes another, and works a notification through', async () => {
    await signedInAs('admin');
    const { user } = renderApp(`/p/${NEW_TEST}/integration`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Интеграция с платёжной страницей' })).toBeVisible();
    const sample = reference('TestWord2026', `${NEW_TEST};ORDER-1001;1500.00;RUB`);
    const html = (await screen.findByTestId('payment-form-html')).textContent!;
    expect(html).toMatch(/<form method="post" action="http:\/\/[^"]+\/test\/pay\/order"/);
    expect(html).toContain(`<input type="hidden" name="Merchant_ID" value="${NEW_TEST}">`);
    expect(html).toContain(`<input type="hidden" name="Checkvalue" value="${sample}">`);
    expect(screen.getByRole('button', { name: 'Скопировать: HTML-код формы' })).toBeVisible();
    expect(screen.getAllByTestId('check-value')[0]).toHaveTextContent(sample);

    const number = screen.getByRole('textbox', { name: 'Номер заказа' });
    await user.clear(number);
    await user.type(number, 'Заказ-7');
    const amount = screen.getByRole('textbox', { name: 'Сумма' });
    await user.clear(amount);
    await user.type(amount, '12,5');
    await user.click(screen.getByRole('button', { name: 'Посчитать' }));
    const signedString = await screen.findByText(`${NEW_TEST};Заказ-7;12.5;RUB`);
    const result = signedString.closest('[role="status"]') as HTMLElement;
    expect(within(result).getByTestId('check-value')).toHaveTextContent(
      reference('TestWord2026', `${NEW_TEST};Заказ-7;12.5;RUB`),
    );

    const verify = screen.getByRole('region', { name: 'Как проверить полученное уведомление' });
    expect(within(verify).getByText(`${NEW_TEST}ORDER-10011500.00RUBApproved`)).toBeVisible();
    expect(within(verify).getByText(reference('ExampleWord', `${NEW_TEST}ORDER-10011500.00RUBApproved`))).toBeVisible();
  });

  it('names the live address and the required check value on the live profile, and offers no test payments', async () => {
    await signedInAs('admin');
    renderApp('/p/600401/integration');
    const html = (await screen.findByTestId('payment-form-html')).textContent!;
    expect(html).toMatch(/action="http:\/\/[^"]+\/pay\/order"/);
    expect(html).not.toContain('/test/pay');
    expect(screen.getByText('обязательно')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Подключение' })).toBeNull();
  });
});

describe('the test indicator', () => {
  it('prefixes the tab title and frames the window on a test profile only', async () => {
    await signedInAs('admin');
    renderApp('/p/900401/integration');
    await screen.findByTestId('payment-form-html');
    await waitFor(() => expect(document.title).toBe('[ТЕСТ] Интеграция — Личный кабинет'));
    expect(document.querySelector('[data-testmode-frame]')).not.toBeNull();
    expect(document.querySelector('[data-testmode-banner]')).not.toBeNull();
  });

  it('shows neither on the live profile', async () => {
    await signedInAs('admin');
    renderApp('/p/600401/integration');
    await screen.findByTestId('payment-form-html');
    await waitFor(() => expect(document.title).toBe('Интеграция — Личный кабинет'));
    expect(document.querySelector('[data-testmode-frame]')).toBeNull();
    expect(document.querySelector('[data-testmode-banner]')).toBeNull();
  });
});

describe('test and live settings side by side', () => {
  it('lists what differs, previews a copy of chosen groups, copies them, and never a secret', async () => {
    const gateway = getGateway();
    const register = gateway.settings.get('900401', 'register');
    gateway.settings.replace('900401', 'register', { ...register, registerRecipients: ['test-buh@polka.example.ru'] });
    gateway.settings.setSecretWord('900401', 'AnotherTestWord', 0);
    await signedInAs('admin');
    const { user } = renderApp('/p/900401/onboarding');
    const table = await screen.findByRole('table', { name: 'Различающиеся настройки' });
    const row = within(table).getByRole('row', { name: /registerRecipients/ });
    expect(row).toHaveTextContent('["test-buh@polka.example.ru"]');
    expect(row).toHaveTextContent('["buh@polka.example.ru"]');
    expect(within(table).getByRole('row', { name: /returnUrlOk/ })).toHaveTextContent(
      'http://localhost:4010/payment/ok',
    );
    expect(within(table).queryByText(/secretWord/)).toBeNull();

    const copy = screen.getByRole('button', { name: 'Скопировать в боевой профиль' });
    await user.click(screen.getByRole('checkbox', { name: 'Реестры и письма' }));
    await user.click(screen.getByRole('checkbox', { name: 'Платежи' }));
    await user.click(screen.getByRole('checkbox', { name: 'Подпись' }));
    expect(copy).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Показать, что изменится' }));
    const preview = await screen.findByText('Что изменится в боевом профиле');
    const box = preview.closest('[role="status"]') as HTMLElement;
    expect(box).toHaveTextContent(
      'register.registerRecipients: ["buh@polka.example.ru"] → ["test-buh@polka.example.ru"]',
    );
    expect(box).toHaveTextContent('payments.returnUrlOk: боевому профилю нужен адрес https, оставлено как есть');
    expect(box).toHaveTextContent('payments.testMode: только для чтения');
    expect(box).not.toHaveTextContent('secretWord');
    // A preview changes nothing.
    expect(gateway.settings.get('600401', 'register').registerRecipients).toEqual(['buh@polka.example.ru']);

    await user.click(copy);
    expect(await screen.findByText('Скопировано в боевой профиль')).toBeVisible();
    expect(gateway.settings.get('600401', 'register').registerRecipients).toEqual(['test-buh@polka.example.ru']);
    expect(gateway.settings.get('600401', 'payments').returnUrlOk).toBe('https://polka.example/payment/ok');
    expect(gateway.settings.get('600401', 'payments').testMode).toBe(false);
    expect(gateway.settings.requestSecretWords('600401')).toEqual(['LiveWord2026']);
    // The copy is a version of the live group like any save: in its history, restorable.
    expect(gateway.settingsVersions.history('600401', 'register')[0]).toMatchObject({ version: 2, by: 'admin' });
    expect(gateway.auditLog().find((entry) => entry.action === 'settings-copy')).toMatchObject({
      object: '600401',
      detail: expect.stringContaining('register.registerRecipients'),
    });
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'Различающиеся настройки' })).queryByRole('row', {
          name: /registerRecipients/,
        }),
      ).toBeNull(),
    );
  });
});
