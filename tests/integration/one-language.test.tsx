import { screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { getGateway } from '../../mocks/runtime';
import { LIVE_PROFILE, renderApp, signedInAs } from './render-app';

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

beforeAll(async () => {
  await Promise.all([
    import('@/app/routes/shell-route'),
    import('@/app/routes/order-route'),
    import('@/app/routes/web-service-route'),
  ]);
}, 30_000);

afterEach(async () => {
  await i18n.changeLanguage('ru');
});

describe('numbers and names in the UI’s language', () => {
  it('shows the rate with a decimal comma in Russian and the processing centre in English in English', async () => {
    const order = getGateway().createPaidOrder(LIVE_PROFILE, {
      amount: '1000.00',
      payment: { currency: 'USD', rate: '0.0110' },
    });
    await signedInAs();
    renderApp(`/p/${LIVE_PROFILE}/orders/${order.billnumber}`);
    const money = await screen.findByRole('region', { name: 'Суммы' });
    expect(plain(money.textContent)).toContain('1 RUB = 0,0110 USD');
    expect(plain(money.textContent)).toContain('11,00 $');

    await i18n.changeLanguage('en');
    const details = await screen.findByRole('region', { name: 'Details' });
    expect(details).toHaveTextContent('Sberbank');
    expect(details).not.toHaveTextContent('Сбербанк');
    const amounts = screen.getByRole('region', { name: 'Amounts' });
    expect(plain(amounts.textContent)).toContain('$11.00');
    expect(plain(amounts.textContent)).toContain('₽1,000.00');
  });
});

describe('messages that load with their page', () => {
  it('speak the language chosen before the page opened, and follow a switch made on it', async () => {
    await i18n.changeLanguage('en');
    await signedInAs();
    renderApp(`/p/${LIVE_PROFILE}/web-service`);
    expect(await screen.findByRole('heading', { name: 'Web-service accounts' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Web services' })).toBeInTheDocument();

    await i18n.changeLanguage('ru');
    expect(await screen.findByRole('heading', { name: 'Учётные записи веб-сервисов' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Веб-сервисы' })).toBeInTheDocument();
  });
});
