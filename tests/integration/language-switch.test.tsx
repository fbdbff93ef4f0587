import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

describe('the language switch on the sign-in page', () => {
  it('is one Tab stop: the arrows move between the languages, Enter switches and it is remembered', async () => {
    const ui = renderApp('/login');
    const group = await screen.findByRole('group', { name: 'Язык' });
    const ru = within(group).getByRole('button', { name: 'RU' });
    const en = within(group).getByRole('button', { name: 'EN' });
    expect(ru).toHaveAttribute('aria-pressed', 'true');
    expect([ru.tabIndex, en.tabIndex]).toEqual([0, -1]);

    ru.focus();
    await ui.user.keyboard('{ArrowRight}');
    expect(en).toHaveFocus();
    expect([ru.tabIndex, en.tabIndex]).toEqual([-1, 0]);
    await ui.user.keyboard('{ArrowRight}');
    expect(ru).toHaveFocus();
    await ui.user.keyboard('{End}{Enter}');

    expect(await screen.findByRole('heading', { name: 'Sign in to the merchant cabinet' })).toBeVisible();
    expect(en).toHaveAttribute('aria-pressed', 'true');
    expect(ru).toHaveAttribute('aria-pressed', 'false');
    expect(localStorage.getItem('cabinet.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
