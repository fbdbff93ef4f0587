import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getGateway } from '../../mocks/runtime';
import { renderApp, signedInAs } from './render-app';

async function openUsers() {
  await signedInAs('admin');
  const ui = renderApp('/users');
  expect(await screen.findByRole('heading', { level: 1, name: 'Пользователи' }, { timeout: 10_000 })).toBeVisible();
  await screen.findByRole('table', { name: 'Пользователи' });
  return ui;
}

describe('the users screen', () => {
  it('creates a user with a temporary password, one grant at a time and the test profiles only', async () => {
    const { user } = await openUsers();
    await user.click(screen.getByRole('button', { name: 'Добавить пользователя' }));
    const dialog = await screen.findByRole('dialog', { name: 'Новый пользователь' });
    await user.type(within(dialog).getByLabelText(/^Логин/), 'short');
    await user.click(within(dialog).getByRole('button', { name: 'Создать' }));
    expect(within(dialog).getByLabelText(/^Логин/)).toHaveAttribute('aria-invalid', 'true');
    await user.clear(within(dialog).getByLabelText(/^Логин/));
    await user.type(within(dialog).getByLabelText(/^Логин/), 'olga_export');
    await user.type(within(dialog).getByLabelText(/^Имя/), 'Ольга Выгрузкина');
    await user.type(within(dialog).getByLabelText(/^Временный пароль/), 'Temporary123');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Выгрузка заказов' }));
    await user.click(within(dialog).getByRole('button', { name: 'Создать' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    const created = getGateway().access.user('olga_export')!;
    expect(created.rights).toEqual(['monitor', 'export']);
    // Every test profile: the established shop's and the one just connected.
    expect(created.profileIds).toEqual(['900401', '900402']);
    expect(created.mustChangePassword).toBe(true);
    expect(await screen.findByText('Ольга Выгрузкина')).toBeVisible();
  });

  it('summarises a change of rights before saving it, and keeps the admin’s own manage-users right', async () => {
    const { user } = await openUsers();
    await user.click(screen.getByRole('button', { name: 'Изменить права пользователя viewer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Права пользователя viewer' });
    const summary = within(dialog).getByRole('status', { name: 'Что изменится' });
    expect(summary).toHaveTextContent('Изменений нет.');
    expect(within(dialog).getByRole('button', { name: 'Сохранить' })).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Подтверждение (списание)' }));
    expect(summary).toHaveTextContent('Добавятся: Подтверждение (списание).');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(getGateway().access.user('viewer')!.rights).toEqual(['monitor', 'confirm']);

    await user.click(screen.getByRole('button', { name: 'Изменить права пользователя admin' }));
    const own = await screen.findByRole('dialog', { name: 'Права пользователя admin' });
    expect(
      within(own).getByRole('checkbox', { name: /^Управление пользователями — своё право снять нельзя/ }),
    ).toBeDisabled();
  });

  it('deletes a user only after the login is typed, and never the admin themself', async () => {
    const { user } = await openUsers();
    expect(screen.getByRole('button', { name: 'Удалить пользователя admin' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Удалить пользователя viewer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Удалить viewer навсегда?' });
    const confirm = within(dialog).getByRole('button', { name: 'Удалить навсегда' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByLabelText('Введите логин «viewer» для подтверждения'), 'viewe');
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByLabelText('Введите логин «viewer» для подтверждения'), 'r');
    await user.click(confirm);
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(getGateway().access.user('viewer')).toBeNull();
  });

  it('does not exist for a user without the manage-users right, nor in their navigation', async () => {
    await signedInAs('viewer');
    renderApp('/users');
    expect(await screen.findByRole('heading', { name: 'Страница не найдена' }, { timeout: 10_000 })).toBeVisible();
  });
});
