import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import type { renderApp } from './render-app';

/** One end of the period: the picker's field, a group of spin buttons (day, month, year, …). */
export function periodField(label: string): HTMLElement {
  return screen.getByRole('group', { name: label });
}

/** What the field shows, e.g. "27.11.2026 10:15:30" (the outline's notch repeats the label: left out). */
export function periodText(label: string): string {
  const text = periodField(label).textContent ?? '';
  return (text.endsWith(label) ? text.slice(0, -label.length) : text).trim();
}

/**
 * Types an end of the period as a person does: clears what is there with the field's clear
 * button, then types into the first section the digits (and, in English, the month's letters)
 * one after another.
 */
export async function typePeriod(ui: ReturnType<typeof renderApp>, label: string, keys: string): Promise<void> {
  const field = periodField(label);
  await ui.user.click(within(field).getAllByRole('spinbutton')[0]!);
  const clear = within(field).queryByRole('button', { name: /^(Очистить значение|Clear)$/ });
  if (clear) {
    await ui.user.click(clear);
    // Clearing is a change of the filter: the list asks again; type once the field is empty.
    await waitFor(() => expect(periodText(label)).not.toMatch(/\d/));
    await ui.user.click(within(periodField(label)).getAllByRole('spinbutton')[0]!);
  }
  await ui.user.keyboard(keys);
}

/** Types an end, presses Enter and waits for the URL (and so the request) to follow. */
export async function typePeriodInto(
  ui: ReturnType<typeof renderApp>,
  label: string,
  keys: string,
  param: 'from' | 'to',
  instant: string,
): Promise<void> {
  await typePeriod(ui, label, keys);
  await ui.user.keyboard('{Enter}');
  await waitFor(() => expect(ui.location().params.get(param)).toBe(instant));
}
