import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { ORDERS, expectedIds, idsOf } from './order-list';
import { periodField, periodText, typePeriod, typePeriodInto } from './period-input';
import { findOrdersGrid, openFilters, renderApp, signedInAs } from './render-app';

// The route chunks load once per file; the first test should not pay for it within a timeout.
beforeAll(async () => {
  await Promise.all([
    import('@/app/routes/shell-route'),
    import('@/app/routes/profile-route'),
    import('@/app/routes/orders-route'),
    import('@/features/orders/components/orders-filters-panel'),
  ]);
}, 30_000);

describe('the period’s date-time pickers', { timeout: 60_000 }, () => {
  it('take a period typed the Russian way, in the merchant’s zone, and filter by it', async () => {
    await signedInAs();
    const ui = renderApp(ORDERS);
    const grid = await findOrdersGrid();
    await openFilters(ui);
    expect(screen.getByText('Период (Europe/Moscow, UTC+3)')).toBeInTheDocument();
    expect(within(periodField('С')).getByRole('spinbutton', { name: 'День' })).toBeInTheDocument();

    // 10:15:07 in Moscow (UTC+3), whatever the browser's zone.
    await typePeriodInto(ui, 'С', '2711202610157', 'from', '2026-11-27T07:15:07Z');
    await typePeriodInto(ui, 'По', '2811202608309', 'to', '2026-11-28T05:30:09Z');
    await waitFor(() =>
      expect(idsOf(grid)).toEqual(expectedIds({ from: '2026-11-27T07:15:07Z', to: '2026-11-28T05:30:09Z' })),
    );
    await waitFor(() => expect(periodText('С')).toBe('27.11.2026 10:15:07'));
  });

  it('keep both digits of seconds typed last, though the first alone would complete the date', async () => {
    await signedInAs();
    const ui = renderApp(ORDERS);
    await findOrdersGrid();
    await openFilters(ui);
    await typePeriodInto(ui, 'С', '27112026101530', 'from', '2026-11-27T07:15:30Z');
    await waitFor(() => expect(periodText('С')).toBe('27.11.2026 10:15:30'));
  });

  it('take a period typed the English way, the month as a word, with the same meaning in the URL', async () => {
    await i18n.changeLanguage('en');
    await signedInAs();
    const ui = renderApp(ORDERS);
    const grid = await findOrdersGrid('Orders');
    await openFilters(ui, 'Filters');
    expect(within(periodField('From')).getByRole('spinbutton', { name: 'Day' })).toBeInTheDocument();

    await typePeriodInto(ui, 'From', '27Nov202610157', 'from', '2026-11-27T07:15:07Z');
    await waitFor(() => expect(periodText('From')).toBe('27 Nov 2026 10:15:07'));
    await waitFor(() => expect(idsOf(grid)).toEqual(expectedIds({ from: '2026-11-27T07:15:07Z' })));
  });

  it('show a period from a link in the merchant’s zone and the UI’s language', async () => {
    await signedInAs();
    const ui = renderApp(`${ORDERS}?from=2026-11-26T21:00:00Z&to=2026-11-27T20:59:59Z`);
    await findOrdersGrid();
    await openFilters(ui);
    expect(periodText('С')).toBe('27.11.2026 00:00:00');
    expect(periodText('По')).toBe('27.11.2026 23:59:59');
    await i18n.changeLanguage('en');
    await waitFor(() => expect(periodText('From')).toBe('27 Nov 2026 00:00:00'));
  });

  it('keep an incomplete date in the field, say so, and leave the filter in force alone', async () => {
    await signedInAs();
    const ui = renderApp(`${ORDERS}?to=2026-11-27T20:59:59Z`);
    await findOrdersGrid();
    await openFilters(ui);
    await typePeriod(ui, 'С', '2711');
    await ui.user.tab();
    await waitFor(() => expect(periodField('С')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('Неполная дата')).toBeInTheDocument();
    expect(ui.location().params.get('from')).toBeNull();
    expect(ui.location().params.get('to')).toBe('2026-11-27T20:59:59Z');
  });

  it('clear an end, and the filter with it', async () => {
    await signedInAs();
    const ui = renderApp(`${ORDERS}?from=2026-11-26T21:00:00Z`);
    await findOrdersGrid();
    await openFilters(ui);
    await ui.user.click(within(periodField('С')).getAllByRole('spinbutton')[0]!);
    await ui.user.click(within(periodField('С')).getByRole('button', { name: 'Очистить значение' }));
    await waitFor(() => expect(ui.location().params.get('from')).toBeNull());
    await waitFor(() => expect(periodText('С')).toBe('ДД.ММ.ГГГГ чч:мм:сс'));
  });

  it('open a calendar and pick a day in it', async () => {
    await signedInAs();
    const ui = renderApp(`${ORDERS}?from=2026-11-26T21:00:00Z`);
    await findOrdersGrid();
    await openFilters(ui);
    await ui.user.click(within(periodField('С')).getByRole('button', { name: /^Выберите дату/ }));
    const dialog = await screen.findByRole('dialog');
    await ui.user.click(within(dialog).getByRole('gridcell', { name: '25' }));
    await ui.user.click(within(dialog).getByRole('button', { name: 'Ок' }));
    await waitFor(() => expect(ui.location().params.get('from')).toBe('2026-11-24T21:00:00Z'));
  });
});
