import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { configureMocks } from '../../mocks/handlers/config';
import { ORDERS } from './order-list';
import { findOrdersGrid, renderApp, signedInAs } from './render-app';

beforeAll(async () => {
  await Promise.all([import('@/app/routes/shell-route'), import('@/app/routes/orders-route')]);
}, 30_000);

describe('a failed load', () => {
  it(
    'says what happened in the cabinet’s own words, with the code for support, not the server’s text',
    { timeout: 40_000 },
    async () => {
      await signedInAs();
      const ui = renderApp(ORDERS);
      await findOrdersGrid();
      configureMocks({ fault: 'error500' });
      await ui.user.click(screen.getByRole('button', { name: /^Ожидают подтверждения/ }));

      await waitFor(() => expect(ui.location().params.get('state')).toBe('Delayed'));
      // The previous view's rows are not left standing under the new filter.
      await waitFor(() => expect(screen.queryByRole('grid', { name: 'Заказы' })).not.toBeInTheDocument(), {
        timeout: 10_000,
      });
      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent('На сервере произошла ошибка, данные не получены.');
      expect(alert).toHaveTextContent('Код для поддержки: internal · HTTP 500');
      expect(alert).not.toHaveTextContent(/Injected|Internal error/);

      await i18n.changeLanguage('en');
      try {
        expect(await screen.findByRole('alert')).toHaveTextContent('The server failed and sent no data.');
      } finally {
        await i18n.changeLanguage('ru');
      }
      configureMocks({ fault: 'none' });
      await ui.user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Повторить' }));
      await findOrdersGrid();
    },
  );
});
