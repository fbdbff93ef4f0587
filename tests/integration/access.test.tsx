import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readCsrfToken } from '@/api/csrf-token';
import { getGateway } from '../../mocks/runtime';
import { DEMO_PASSWORD, LIVE_PROFILE, findOrdersGrid, renderApp, serverSessionAlive, signedInAs } from './render-app';

async function fillAndSubmit(user: ReturnType<typeof renderApp>['user'], login: string, password: string) {
  const submit = await screen.findByRole('button', { name: 'Войти' });
  if (login) await user.type(screen.getByLabelText(/^Логин/), login);
  if (password) await user.type(screen.getByLabelText(/^Пароль/), password);
  await user.click(submit);
}

describe('signing in', () => {
  it('sends a signed-out visitor to the sign-in page, remembering where they were going', async () => {
    const { location } = renderApp(`/p/${LIVE_PROFILE}/orders?page=2`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Вход в личный кабинет' })).toBeInTheDocument();
    expect(location().pathname).toBe('/login');
    expect(location().params.get('next')).toBe(`/p/${LIVE_PROFILE}/orders?page=2`);
  });

  it('lists the demo accounts and their password on a demo gateway', async () => {
    renderApp('/login');
    const note = await screen.findByRole('note', { name: 'Демонстрационный доступ' });
    expect(note).toHaveTextContent('admin — администратор');
    expect(note).toHaveTextContent('accountant — бухгалтер');
    expect(note).toHaveTextContent('viewer — наблюдатель');
    expect(note).toHaveTextContent(`Пароль для всех: ${DEMO_PASSWORD}`);
  });

  it('asks for the missing fields before sending anything', async () => {
    const { user } = renderApp('/login');
    await fillAndSubmit(user, '', '');
    expect(await screen.findByText('Введите логин')).toBeInTheDocument();
    expect(screen.getByText('Введите пароль')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Логин/)).toHaveAttribute('aria-invalid', 'true');
    expect(readCsrfToken()).toBeNull();
    expect(await serverSessionAlive()).toBe(false);
  });

  it('says plainly when the login or password is wrong', async () => {
    const { user, location } = renderApp('/login');
    await fillAndSubmit(user, 'admin', 'wrong-password');
    expect(await screen.findByRole('alert')).toHaveTextContent('Неверный логин или пароль');
    expect(location().pathname).toBe('/login');
    expect(readCsrfToken()).toBeNull();
    expect(await serverSessionAlive()).toBe(false);
  });

  it('lands back where the visitor was going after signing in', async () => {
    const { user, location } = renderApp(`/p/${LIVE_PROFILE}/orders?page=2`);
    await fillAndSubmit(user, 'accountant', DEMO_PASSWORD);
    await findOrdersGrid();
    expect(location().pathname).toBe(`/p/${LIVE_PROFILE}/orders`);
    expect(location().params.get('page')).toBe('2');
    expect(screen.getByText('Марина Кузнецова')).toBeInTheDocument();
    expect(readCsrfToken()).not.toBeNull();
    expect(await serverSessionAlive()).toBe(true);
    // Only the mock's own stand-in for the browser's cookie jar; the cabinet keeps nothing there.
    expect(Object.keys(localStorage).filter((key) => !key.startsWith('__msw'))).toEqual([]);
  });

  it('opens the live profile’s orders when there is nowhere to return to', async () => {
    const { user, location } = renderApp('/login');
    await fillAndSubmit(user, 'viewer', DEMO_PASSWORD);
    await findOrdersGrid();
    expect(location().pathname).toBe(`/p/${LIVE_PROFILE}/orders`);
  });

  it('ignores a return location outside the cabinet', async () => {
    const { user, location } = renderApp('/login?next=//evil.example/steal');
    await fillAndSubmit(user, 'admin', DEMO_PASSWORD);
    await findOrdersGrid();
    expect(location().pathname).toBe(`/p/${LIVE_PROFILE}/orders`);
  });

  it('skips the form for a visitor who is already signed in', async () => {
    await signedInAs('admin');
    const { location } = renderApp('/login');
    await findOrdersGrid();
    expect(location().pathname).toBe(`/p/${LIVE_PROFILE}/orders`);
  });
});

describe('the session ending', () => {
  it('signs out: back to the sign-in page, the session ended on the server', async () => {
    await signedInAs('admin');
    const { user, location } = renderApp('/');
    await findOrdersGrid();
    await user.click(screen.getByRole('button', { name: 'Выйти' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Вход в личный кабинет' })).toBeInTheDocument();
    expect(location().pathname).toBe('/login');
    expect(location().search).toBe('');
    expect(readCsrfToken()).toBeNull();
    expect(await serverSessionAlive()).toBe(false);
  });

  it('sends a visitor with a made-up session cookie to sign in, and back afterwards', async () => {
    document.cookie = 'cabinet_session=mock.admin.000000000000000000000000; Path=/';
    const { user, location } = renderApp(`/p/${LIVE_PROFILE}/orders?sort=orderamount`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Вход в личный кабинет' })).toBeInTheDocument();
    await waitFor(() => expect(readCsrfToken()).toBeNull());
    expect(location().params.get('next')).toBe(`/p/${LIVE_PROFILE}/orders?sort=orderamount`);
    await fillAndSubmit(user, 'admin', DEMO_PASSWORD);
    await findOrdersGrid();
    expect(location().pathname).toBe(`/p/${LIVE_PROFILE}/orders`);
    expect(location().params.get('sort')).toBe('orderamount');
  });
});

describe('a session that ends while the cabinet is open', () => {
  it('asks to sign in once over the page the visitor was moving to, and carries on there', async () => {
    await signedInAs('admin');
    const { user, location } = renderApp(`/p/${LIVE_PROFILE}/orders`);
    await findOrdersGrid();
    getGateway().access.state.sessions.endAllOf('admin');

    await user.click(screen.getByRole('button', { name: 'Перейти на следующую страницу' }));
    const dialog = await screen.findByRole('dialog', { name: 'Сеанс завершён' }, { timeout: 10_000 });
    expect(location().pathname).toBe(`/p/${LIVE_PROFILE}/orders`);
    expect(location().params.get('page')).toBe('2');
    expect(readCsrfToken()).toBeNull();
    expect(within(dialog).getByLabelText(/^Логин/)).toHaveValue('admin');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();

    await user.type(within(dialog).getByLabelText(/^Пароль/), DEMO_PASSWORD);
    await user.click(within(dialog).getByRole('button', { name: 'Войти' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    await findOrdersGrid();
    expect(location().params.get('page')).toBe('2');
    expect(readCsrfToken()).not.toBeNull();
  });
});
