import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getGateway } from '../../mocks/runtime';
import { renderApp, signedInAs, TEST_PROFILE } from './render-app';

describe('the audit log names the admin side’s actions', () => {
  it('shows a settings save and a secret-word change in words, with what changed and the word masked', async () => {
    await signedInAs('admin');
    const versions = getGateway().settingsVersions;
    const payments = versions.current(TEST_PROFILE, 'payments');
    const actor = { login: 'admin', ip: '127.0.0.1' };
    versions.save(
      TEST_PROFILE,
      'payments',
      { ...payments.value, paymentPageTimeoutMinutes: 45 },
      payments.version,
      actor,
    );
    versions.setSecretWord(TEST_PROFILE, 'Audited2027', 0, actor);

    const { user } = renderApp('/audit');
    const table = await screen.findByRole('table', { name: 'Журнал действий' });
    const save = (await within(table).findByText('Изменение настроек')).closest('tr') as HTMLElement;
    expect(save).toHaveTextContent(/20 → 45/);
    const secret = within(table).getByText('Смена секретного слова').closest('tr') as HTMLElement;
    expect(secret).toBeVisible();
    expect(table).not.toHaveTextContent('Audited2027');
    // The action filter offers it by name too.
    await user.click(screen.getByRole('combobox', { name: 'Действие' }));
    expect(await screen.findByRole('option', { name: 'Изменение настроек' })).toBeVisible();
  });
});
