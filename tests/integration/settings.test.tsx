import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { SettingsByGroup, SettingsGroup } from '@/api/settings';
import { server } from '../../mocks/node';
import { getGateway } from '../../mocks/runtime';
import { LIVE_PROFILE, renderApp, signedInAs, TEST_PROFILE } from './render-app';

const GROUP_NAMES: Record<SettingsGroup, string> = {
  payments: 'Платежи',
  notifications: 'Уведомления о результатах',
  signature: 'Подпись заказов',
  register: 'Реестр и письма',
  enterprise: 'Данные предприятия',
};

const PEM = [
  '-----BEGIN PUBLIC KEY-----',
  'MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf',
  '9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit+CqvjWYzvQwECAwEAAQ==',
  '-----END PUBLIC KEY-----',
].join('\n');

async function openSettings(group: SettingsGroup, login: 'admin' | 'viewer' = 'admin', profileId = TEST_PROFILE) {
  await signedInAs(login);
  const ui = renderApp(`/p/${profileId}/settings/${group}`);
  expect(await screen.findByRole('heading', { level: 1, name: 'Настройки' }, { timeout: 10_000 })).toBeVisible();
  const form = await screen.findByRole('form', { name: GROUP_NAMES[group] });
  return { ...ui, form };
}

async function retype(user: UserEvent, field: HTMLElement, text: string) {
  await user.clear(field);
  if (text !== '') await user.type(field, text);
}

const saveButton = (form: HTMLElement) => within(form).getByRole('button', { name: 'Сохранить' });

/** A colleague's save straight on the gateway, as if from another browser. */
function colleagueSaves<G extends SettingsGroup>(
  group: G,
  change: Partial<SettingsByGroup[G]>,
  profileId = TEST_PROFILE,
) {
  const versions = getGateway().settingsVersions;
  const current = versions.current(profileId, group);
  const value = { ...current.value, ...change } as SettingsByGroup[G];
  versions.save(profileId, group, value, current.version, { login: 'irina', ip: '10.0.0.7' });
}

interface GroupCase<G extends SettingsGroup> {
  group: G;
  /** A valid edit through the form and what the gateway then holds. */
  edit(user: UserEvent, form: HTMLElement): Promise<void>;
  saved(value: SettingsByGroup[G]): void;
  /** Input that breaks one rule each, and the message shown next to the field. */
  invalid: { label: string; text: string; message: string }[];
  /** A colleague's change to another field than the edit touches, and how the notice words it. */
  colleague: { change: Partial<SettingsByGroup[G]>; notice: RegExp };
}

const CASES: GroupCase<SettingsGroup>[] = [
  {
    group: 'payments',
    edit: async (user, form) => retype(user, within(form).getByLabelText('Время на оплату, минут'), '45'),
    saved: (value) => expect(value).toMatchObject({ paymentPageTimeoutMinutes: 45 }),
    invalid: [
      { label: 'Время на оплату, минут', text: '2', message: 'Не меньше 5.' },
      { label: 'Время на оплату, минут', text: '2000', message: 'Не больше 1440.' },
      { label: 'Время на оплату, минут', text: '', message: 'Введите число.' },
      {
        label: 'Адрес возврата после успешной оплаты (URL_RETURN_OK)',
        text: 'polka/ok',
        message: 'Нужен полный адрес, начинающийся с http:// или https://',
      },
    ],
    colleague: {
      change: { defaultStage: 'two-stage' },
      notice: /Схема оплаты по умолчанию: Одностадийная — списание сразу → Двухстадийная/,
    },
  } satisfies GroupCase<'payments'>,
  {
    group: 'notifications',
    edit: async (user, form) => {
      await retype(user, within(form).getByLabelText('Адрес для уведомлений'), 'http://localhost:4010/notify');
      await user.click(within(form).getByRole('switch', { name: 'Отправлять уведомления о результатах' }));
    },
    saved: (value) => expect(value).toMatchObject({ url: 'http://localhost:4010/notify', enabled: true }),
    invalid: [
      {
        label: 'Адрес для уведомлений',
        text: 'ftp://shop/notify',
        message: 'Нужен полный адрес, начинающийся с http:// или https://',
      },
    ],
    colleague: { change: { protocol: 'SOAP' }, notice: /Протокол: POST \(HTML-форма\) → SOAP/ },
  } satisfies GroupCase<'notifications'>,
  {
    group: 'signature',
    edit: async (user, form) => {
      await user.click(within(form).getByLabelText('Открытый ключ RSA магазина (PEM)'));
      await user.paste(PEM);
    },
    saved: (value) => expect(value.rsaPublicKey).toBe(PEM),
    invalid: [
      {
        label: 'Открытый ключ RSA магазина (PEM)',
        text: 'not a key',
        message: 'Это не открытый ключ PEM: нужен текст от «-----BEGIN PUBLIC KEY-----» до «-----END PUBLIC KEY-----».',
      },
    ],
    colleague: { change: { requireCheckValue: true }, notice: /Требовать контрольное значение .*: Нет → Да/ },
  } satisfies GroupCase<'signature'>,
  {
    group: 'register',
    edit: async (user, form) =>
      retype(
        user,
        within(form).getByLabelText('Получатели писем о заказах'),
        'shop@polka.example.ru, boss@polka.example.ru',
      ),
    saved: (value) => expect(value.letterRecipients).toEqual(['shop@polka.example.ru', 'boss@polka.example.ru']),
    invalid: [
      {
        label: 'Получатели ежедневного реестра',
        text: 'buh@polka.example.ru, buh-at-polka',
        message: 'Неверный адрес e-mail.',
      },
    ],
    colleague: { change: { registerOrders: 'successful' }, notice: /Какие заказы включать: Все → Только успешные/ },
  } satisfies GroupCase<'register'>,
  {
    group: 'enterprise',
    edit: async (user, form) => retype(user, within(form).getByLabelText('Контактное лицо'), 'Пётр Иванов'),
    saved: (value) => expect(value.contactName).toBe('Пётр Иванов'),
    invalid: [
      { label: 'Название', text: '', message: 'Заполните поле.' },
      { label: 'ИНН', text: '123', message: 'ИНН — 10 или 12 цифр.' },
      { label: 'БИК', text: '04452522X', message: 'БИК — 9 цифр.' },
      { label: 'Расчётный счёт', text: '4070281090', message: 'Расчётный счёт — 20 цифр.' },
      { label: 'E-mail', text: 'office-at-polka', message: 'Неверный адрес e-mail.' },
    ],
    colleague: { change: { bankName: 'АО Банк' }, notice: /Банк: ПАО Сбербанк → АО Банк/ },
  } satisfies GroupCase<'enterprise'>,
];

describe.each(CASES)('the $group settings', (scenario) => {
  const { group } = scenario;

  it('saves a valid change as the next version, Save disabled until something changed', async () => {
    const { user, form } = await openSettings(group);
    expect(saveButton(form)).toBeDisabled();
    await scenario.edit(user, form);
    expect(saveButton(form)).toBeEnabled();
    await user.click(saveButton(form));
    expect(await within(form).findByText('Сохранено — версия 2.')).toBeVisible();
    scenario.saved(getGateway().settings.get(TEST_PROFILE, group) as never);
    expect(saveButton(form)).toBeDisabled();
    expect(getGateway().settingsVersions.current(TEST_PROFILE, group)).toMatchObject({
      version: 2,
      updatedBy: 'admin',
    });
  });

  it('shows each validation error next to its field and sends nothing', async () => {
    const { user, form } = await openSettings(group);
    for (const { label, text, message } of scenario.invalid) {
      const field = within(form).getByLabelText(label);
      const original = (field as HTMLInputElement).value;
      await retype(user, field, text);
      await user.click(saveButton(form));
      await waitFor(() => expect(field).toHaveAccessibleDescription(message));
      expect(field).toHaveAttribute('aria-invalid', 'true');
      await retype(user, field, original);
      await user.tab();
      await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'false'));
    }
    expect(getGateway().settingsVersions.current(TEST_PROFILE, group).version).toBe(1);
  });

  it('on 412 shows what the colleague changed and keeps the user’s own edits to save again', async () => {
    const { user, form } = await openSettings(group);
    await scenario.edit(user, form);
    colleagueSaves(group, scenario.colleague.change);
    await user.click(saveButton(form));
    const notice = await within(form).findByRole('alert');
    expect(notice).toHaveTextContent('Пока вы редактировали, группу сохранил(а) irina');
    expect(notice).toHaveTextContent(scenario.colleague.notice);
    expect(getGateway().settingsVersions.current(TEST_PROFILE, group).version).toBe(2);

    await user.click(saveButton(form));
    expect(await within(form).findByText('Сохранено — версия 3.')).toBeVisible();
    const stored = getGateway().settings.get(TEST_PROFILE, group);
    scenario.saved(stored as never);
    expect(stored).toMatchObject(scenario.colleague.change);
  });

  it('asks before leaving with unsaved edits, and stays with them kept', async () => {
    const { user, form, location } = await openSettings(group);
    await scenario.edit(user, form);
    await user.click(screen.getByRole('link', { name: 'Заказы' }));
    const dialog = await screen.findByRole('dialog', { name: 'Уйти без сохранения?' });
    expect(dialog).toHaveTextContent(`Правки в группе «${GROUP_NAMES[group]}» не сохранены и пропадут.`);
    await user.click(within(dialog).getByRole('button', { name: 'Остаться' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(location().pathname).toBe(`/p/${TEST_PROFILE}/settings/${group}`);
    expect(saveButton(form)).toBeEnabled();

    await user.click(screen.getByRole('link', { name: 'Заказы' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Уйти без сохранения' }));
    await waitFor(() => expect(location().pathname).toBe(`/p/${TEST_PROFILE}/orders`));
    expect(getGateway().settingsVersions.current(TEST_PROFILE, group).version).toBe(1);
  });

  it('is read-only without the settings right: everything shown, nothing to change or restore', async () => {
    colleagueSaves(group, scenario.colleague.change);
    const { form } = await openSettings(group, 'viewer');
    expect(
      screen.getByText('Только просмотр: менять настройки может пользователь с правом «Настройки».'),
    ).toBeVisible();
    expect(within(form).queryByRole('button', { name: 'Сохранить' })).not.toBeInTheDocument();
    const inputs = form.querySelectorAll('input:not([type=hidden]):not([readonly]), textarea:not([aria-hidden])');
    expect(inputs.length).toBeGreaterThan(0);
    for (const input of inputs) expect(input).toBeDisabled();
    const history = await screen.findByRole('region', { name: 'История изменений' });
    expect(await within(history).findByRole('listitem', { name: 'Версия 2' })).toBeVisible();
    expect(within(history).queryByRole('button', { name: /Восстановить/ })).not.toBeInTheDocument();
  });

  it('restores an earlier version from the history as a new version', async () => {
    const original = getGateway().settings.get(TEST_PROFILE, group);
    colleagueSaves(group, scenario.colleague.change);
    const { user, form } = await openSettings(group);
    const history = await screen.findByRole('region', { name: 'История изменений' });
    const latest = await within(history).findByRole('listitem', { name: 'Версия 2' });
    expect(latest).toHaveTextContent('irina');
    expect(latest).toHaveTextContent(scenario.colleague.notice);
    await user.click(within(history).getByRole('button', { name: 'Восстановить версию 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Восстановить версию 1?' });
    await user.click(within(dialog).getByRole('button', { name: 'Восстановить' }));
    expect(await within(history).findByText('Восстановлена версия 1.')).toBeVisible();
    expect(getGateway().settings.get(TEST_PROFILE, group)).toEqual(original);
    expect(await within(history).findByRole('listitem', { name: 'Версия 3' })).toHaveTextContent(
      'восстановлена версия 1',
    );
    expect(screen.getByRole('region', { name: GROUP_NAMES[group] })).toHaveTextContent(
      /Версия 3 · .* · изменил\(а\) admin/,
    );
    expect(saveButton(form)).toBeDisabled();
  });
});

describe('the live profile', () => {
  it('takes only https URLs, refused next to the field before anything is sent', async () => {
    const { user, form } = await openSettings('payments', 'admin', LIVE_PROFILE);
    const field = within(form).getByLabelText('Адрес возврата после неуспешной оплаты (URL_RETURN_NO)');
    await retype(user, field, 'http://polka.example.ru/fail');
    await user.click(saveButton(form));
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription('В боевом профиле адрес должен начинаться с https://'),
    );
    expect(getGateway().settingsVersions.current(LIVE_PROFILE, 'payments').version).toBe(1);
  });

  it('shows the errors in English when the cabinet speaks English', async () => {
    const { user, form } = await openSettings('notifications', 'admin', LIVE_PROFILE);
    await user.click(screen.getByRole('button', { name: 'EN' }));
    const field = await within(form).findByLabelText('Notification address');
    await retype(user, field, 'http://polka.example.ru/notify');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription('The live profile needs an address starting with https://'),
    );
  });
});

describe('the secret word', () => {
  const bodies: string[] = [];
  const listener = async ({ response }: { response: Response }) => {
    bodies.push(await response.clone().text());
  };
  afterEach(() => {
    server.events.removeListener('response:mocked', listener);
    bodies.length = 0;
  });

  it('rotates with an overlap whose end is shown; no answer ever carries a word', async () => {
    server.events.on('response:mocked', listener);
    const { user } = await openSettings('signature');
    const panel = screen.getByRole('region', { name: 'Секретное слово' });
    expect(within(panel).getByRole('status', { name: 'Секретное слово' })).toHaveTextContent('Задано при подключении');

    const word = within(panel).getByLabelText('Новое секретное слово');
    await user.type(word, 'onlyletters');
    await user.click(within(panel).getByRole('button', { name: 'Сменить секретное слово' }));
    await waitFor(() => expect(word).toHaveAccessibleDescription('Нужны и буквы, и цифры.'));
    await user.clear(word);
    await user.type(word, 'Rotated2027x');
    await user.click(within(panel).getByRole('combobox', { name: 'Прежнее слово принимать ещё' }));
    await user.click(await screen.findByRole('option', { name: '3 дня' }));
    await user.click(within(panel).getByRole('button', { name: 'Сменить секретное слово' }));

    expect(
      await within(panel).findByText('Секретное слово сменено. Уведомления уже подписываются новым.'),
    ).toBeVisible();
    const status = within(panel).getByRole('status', { name: 'Секретное слово' });
    expect(status).toHaveTextContent('Задано 28.11.2026, 12:00');
    expect(status).toHaveTextContent('Прежнее слово принимается в запросах до 01.12.2026, 12:00');
    expect(word).toHaveValue('');
    expect(getGateway().settings.requestSecretWords(TEST_PROFILE)).toEqual(['Rotated2027x', 'TestWord2026']);

    const history = screen.getByRole('region', { name: 'История изменений' });
    expect(await within(history).findByRole('listitem', { name: 'Версия 2' })).toHaveTextContent(
      'Секретное слово: скрыто → скрыто',
    );
    await waitFor(() => expect(bodies.length).toBeGreaterThan(3));
    for (const body of bodies) {
      expect(body).not.toContain('Rotated2027x');
      expect(body).not.toContain('TestWord2026');
    }
    expect(document.body).not.toHaveTextContent('Rotated2027x');
  });

  it('shows a viewer only whether it is set, with no way to change it', async () => {
    getGateway().settingsVersions.setSecretWord(TEST_PROFILE, 'Rotated2027x', 2, { login: 'admin', ip: '127.0.0.1' });
    await openSettings('signature', 'viewer');
    const panel = screen.getByRole('region', { name: 'Секретное слово' });
    expect(within(panel).getByRole('status', { name: 'Секретное слово' })).toHaveTextContent(
      'Прежнее слово принимается в запросах до 30.11.2026, 12:00',
    );
    expect(within(panel).queryByLabelText('Новое секретное слово')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('Rotated2027x');
  });
});

describe('resending a register', () => {
  it('sends yesterday’s register to the recipients, and refuses a day that has not ended', async () => {
    const { user } = await openSettings('register', 'admin', LIVE_PROFILE);
    const panel = screen.getByRole('form', { name: 'Отправить реестр повторно' });
    const day = within(panel).getByLabelText('День (по времени предприятия)');
    expect(day).toHaveValue('2026-11-27');
    await user.click(within(panel).getByRole('button', { name: 'Отправить реестр' }));
    expect(await within(panel).findByText('Реестр за 27.11.2026 отправлен: buh@polka.example.ru.')).toBeVisible();
    expect(getGateway().auditLog().at(-1)).toMatchObject({ action: 'register-resend', user: 'admin' });

    fireEvent.change(day, { target: { value: '2026-11-28' } });
    await user.click(within(panel).getByRole('button', { name: 'Отправить реестр' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'Можно выбрать только прошедший день, не раньше чем полтора года назад.',
    );
  });

  it('is not offered without the settings right', async () => {
    await openSettings('register', 'viewer', LIVE_PROFILE);
    expect(screen.queryByRole('form', { name: 'Отправить реестр повторно' })).not.toBeInTheDocument();
  });
});
