import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getGateway } from '../../mocks/runtime';
import { renderApp, signedInAs, TEST_PROFILE } from './render-app';

const PAGE = `/p/${TEST_PROFILE}/web-service`;

async function openPage(login: 'admin' | 'accountant' | 'viewer' = 'admin') {
  await signedInAs(login);
  const ui = renderApp(PAGE);
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Учётные записи веб-сервисов' }, { timeout: 10_000 }),
  ).toBeVisible();
  return ui;
}

function addAccount(login: string) {
  return getGateway().webServiceAccounts.create({ login: 'admin', ip: '127.0.0.1' }, TEST_PROFILE, login);
}

/** The password in the dialog: shown in an output named «Пароль». */
function shownPassword(dialog: HTMLElement): string {
  return within(dialog).getByRole('status', { name: 'Пароль' }).textContent ?? '';
}

describe('web-service accounts screen', () => {
  it('creates an account and shows its generated password once, with a copy button', async () => {
    const { user } = await openPage();
    expect(await screen.findByText('Учётных записей пока нет')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Добавить учётную запись' }));
    const dialog = await screen.findByRole('dialog', { name: 'Новая учётная запись веб-сервисов' });
    await user.type(within(dialog).getByLabelText(/^Логин/), 'shop');
    await user.click(within(dialog).getByRole('button', { name: 'Создать' }));
    expect(within(dialog).getByLabelText(/^Логин/)).toHaveAttribute('aria-invalid', 'true');
    await user.clear(within(dialog).getByLabelText(/^Логин/));
    await user.type(within(dialog).getByLabelText(/^Логин/), 'shop_server');
    await user.click(within(dialog).getByRole('button', { name: 'Создать' }));

    const shown = await screen.findByRole('dialog', { name: 'Пароль учётной записи shop_server' });
    expect(shown).toHaveTextContent('показан один раз');
    const password = shownPassword(shown);
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    const account = getGateway().webServiceAccounts.authenticate(TEST_PROFILE, 'shop_server', password);
    expect(account.ok).toBe(true);
    await user.click(within(shown).getByRole('button', { name: 'Скопировать: пароль' }));
    expect(await navigator.clipboard.readText()).toBe(password);
    await user.click(within(shown).getByRole('button', { name: 'Пароль сохранён, закрыть' }));
    await waitFor(() => expect(shown).not.toBeInTheDocument());

    const table = await screen.findByRole('table', { name: 'Учётные записи веб-сервисов' });
    expect(within(table).getByRole('cell', { name: 'shop_server' })).toBeVisible();
    expect(document.body).not.toHaveTextContent(password);
  });

  it('names a login already taken in this profile', async () => {
    addAccount('shop_server');
    const { user } = await openPage();
    await user.click(await screen.findByRole('button', { name: 'Добавить учётную запись' }));
    const dialog = await screen.findByRole('dialog', { name: 'Новая учётная запись веб-сервисов' });
    await user.type(within(dialog).getByLabelText(/^Логин/), 'shop_server');
    await user.click(within(dialog).getByRole('button', { name: 'Создать' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Такой логин в этом профиле уже есть.');
  });

  it('disables and enables an account after asking', async () => {
    addAccount('shop_server');
    const { user } = await openPage();
    await user.click(await screen.findByRole('button', { name: 'Отключить учётную запись shop_server' }));
    const dialog = await screen.findByRole('dialog', { name: 'Отключить shop_server?' });
    await user.click(within(dialog).getByRole('button', { name: 'Отключить' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(await screen.findByRole('cell', { name: 'Отключена' })).toBeVisible();
    expect(getGateway().webServiceAccounts.list(TEST_PROFILE)[0]?.disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Включить учётную запись shop_server' }));
    const enable = await screen.findByRole('dialog', { name: 'Включить shop_server?' });
    await user.click(within(enable).getByRole('button', { name: 'Включить' }));
    expect(await screen.findByRole('cell', { name: 'Активна' })).toBeVisible();
  });

  it('rotates the password: the new one is shown once and the old one no longer authenticates', async () => {
    const { password: old } = addAccount('shop_server');
    const { user } = await openPage();
    await user.click(await screen.findByRole('button', { name: 'Новый пароль для учётной записи shop_server' }));
    const confirm = await screen.findByRole('dialog', { name: 'Сменить пароль shop_server?' });
    expect(confirm).toHaveTextContent('старый перестанет действовать сразу');
    await user.click(within(confirm).getByRole('button', { name: 'Новый пароль' }));
    const shown = await screen.findByRole('dialog', { name: 'Пароль учётной записи shop_server' });
    const fresh = shownPassword(shown);
    expect(fresh).not.toBe(old);
    const accounts = getGateway().webServiceAccounts;
    expect(accounts.authenticate(TEST_PROFILE, 'shop_server', old)).toEqual({ ok: false, reason: 'wrong-credentials' });
    expect(accounts.authenticate(TEST_PROFILE, 'shop_server', fresh).ok).toBe(true);
  });

  it('is neither offered nor served without the web-service right', async () => {
    await signedInAs('accountant');
    renderApp(`/p/${TEST_PROFILE}/orders`);
    const nav = await screen.findByRole('navigation', { name: 'Разделы кабинета' }, { timeout: 10_000 });
    expect(within(nav).queryByRole('link', { name: 'Веб-сервисы' })).not.toBeInTheDocument();

    await signedInAs('accountant');
    renderApp(PAGE);
    expect(await screen.findByText(/Такой страницы нет/, {}, { timeout: 10_000 })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Учётные записи веб-сервисов' })).not.toBeInTheDocument();
  });

  it('is offered in the navigation to the admin', async () => {
    await signedInAs('admin');
    const { user } = renderApp(`/p/${TEST_PROFILE}/orders`);
    const nav = await screen.findByRole('navigation', { name: 'Разделы кабинета' }, { timeout: 10_000 });
    await user.click(within(nav).getByRole('link', { name: 'Веб-сервисы' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Учётные записи веб-сервисов' })).toBeVisible();
  });
});
