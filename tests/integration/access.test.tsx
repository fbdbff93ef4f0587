import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readSessionToken, writeSessionToken } from '@/api/session-token';
import { getGateway } from '../../mocks/runtime';
import { DEMO_PASSWORD, LIVE_PROFILE, findOrdersGrid, renderApp, signedInAs } from './render-app';

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
    expect(readSessionToken()).toBeNull();
  });

  it('says plainly when the login or password is wrong', async () => {
    const { user, location } = renderApp('/login');
    await fillAndSubmit(user, 'admin', 'wrong-password');
    expect(await screen.findByRole('alert')).toHaveTextContent('Неверный логин или пароль');
    expect(location().pathname).toBe('/login');
    expect(readSessionToken()).toBeNull();
  });

  it('lands back where the visitor was going after signing in', async () => {
    const { user, location } = renderApp(`/p/${LIVE_PROFILE}/orders?page=2`);
    await fillAndSubmit(user, 'accountant', DEMO_PASSWORD);
    await findOrdersGrid();
    expect(location().pathname).toBe(`/p/${LIVE_PROFILE}/orders`);
    expect(location().params.get('page')).toBe('2');
    expect(screen.getByText('Марина Кузнецова')).toBeInTheDocument();
    expect(readSessionToken()).not.toBeNull();
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
  it('signs out: back to the sign-in page, token gone', async () => {
    await signedInAs('admin');
    const { user, location } = renderApp('/');
    await findOrdersGrid();
    await user.click(screen.getByRole('button', { name: 'Выйти' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Вход в личный кабинет' })).toBeInTheDocument();
    expect(location().pathname).toBe('/login');
    expect(location().search).toBe('');
    expect(readSessionToken()).toBeNull();
  });

  it('sends a visitor with a rejected token to sign in, and back afterwards', async () => {
    writeSessionToken('mock.admin.000000000000000000000000-expired');
    const { user, location } = renderApp(`/p/${LIVE_PROFILE}/orders?sort=orderamount`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Вход в личный кабинет' })).toBeInTheDocument();
    await waitFor(() => expect(readSessionToken()).toBeNull());
    expect(location().params.get('next')).toBe(`/p/${LIVE_PROFILE}/orders?sort=orderamount`);
    await fillAndSubmit(user, 'admin', DEMO_PASSWORD);
    await findOrdersGrid();
    expect(location().pathname).toBe(`/p/${LIVE_PROFILE}/orders`);
    expect(location().params.get('sort')).toBe('orderamount');
  });
});

describe('a session that ends while the cabinet is open', () => {
  it('goes to sign in once, remembering the page the visitor was moving to', async () => {
    await signedInAs('admin');
    const { user, location } = renderApp(`/p/${LIVE_PROFILE}/orders`);
    await findOrdersGrid();
    getGateway().logout(readSessionToken() ?? '');

    await user.click(screen.getByRole('button', { name: 'Перейти на следующую страницу' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Вход в личный кабинет' })).toBeInTheDocument();
    expect(location().pathname).toBe('/login');
    expect(location().params.get('next')).toBe(`/p/${LIVE_PROFILE}/orders?page=2`);
    expect(readSessionToken()).toBeNull();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
