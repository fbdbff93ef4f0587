import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getGateway } from '../../mocks/runtime';
import { renderApp, signedInAs, TEST_PROFILE } from './render-app';

async function openSettings(group: string, login: 'admin' | 'viewer' = 'admin', profileId = TEST_PROFILE) {
  await signedInAs(login);
  const ui = renderApp(`/p/${profileId}/settings/${group}`);
  expect(await screen.findByRole('heading', { level: 1, name: 'Настройки' }, { timeout: 10_000 })).toBeVisible();
  return ui;
}

describe('payments settings', () => {
  it('saves a valid change', async () => {
    const { user } = await openSettings('payments');
    const form = await screen.findByRole('form', { name: 'Платежи' });
    const save = within(form).getByRole('button', { name: 'Сохранить' });
    expect(save).toBeDisabled();
    const timeout = within(form).getByLabelText('Время на оплату, минут');
    await user.clear(timeout);
    await user.type(timeout, '45');
    expect(save).toBeEnabled();
    await user.click(save);
    expect(await within(form).findByText('Сохранено — версия 2.')).toBeVisible();
    expect(getGateway().settings.get(TEST_PROFILE, 'payments').paymentPageTimeoutMinutes).toBe(45);
    await waitFor(() => expect(save).toBeDisabled());
  });
});
