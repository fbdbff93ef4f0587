import type { Language } from '@/api/common';
import type { ExportColumn } from '@/api/orders';
import { MERCHANT_TIMEZONE } from './merchant-time';

/** State and brand labels are the contract's (src/api/labels.ts); these are the export's own. */
type Labels<K extends string> = Record<Language, Record<K, string>>;

/** Header row; the date column names the zone its times are in. */
export const COLUMN_LABELS: Labels<ExportColumn> = {
  ru: {
    orderdate: `Дата (${MERCHANT_TIMEZONE})`,
    ordernumber: 'Номер заказа',
    billnumber: 'Номер в системе',
    orderstate: 'Статус',
    testmode: 'Режим',
    amount: 'Сумма платежа',
    currency: 'Валюта платежа',
    orderamount: 'Сумма заказа',
    ordercurrency: 'Валюта заказа',
    paymentmeans: 'Средство платежа',
    cardnumber: 'Номер карты',
    cardholder: 'Держатель карты',
    customer: 'Покупатель',
    email: 'E-mail',
    processing: 'Процессинг',
    threedsresult: '3-D Secure',
  },
  en: {
    orderdate: `Date (${MERCHANT_TIMEZONE})`,
    ordernumber: 'Order number',
    billnumber: 'Billnumber',
    orderstate: 'State',
    testmode: 'Mode',
    amount: 'Payment amount',
    currency: 'Payment currency',
    orderamount: 'Order amount',
    ordercurrency: 'Order currency',
    paymentmeans: 'Payment means',
    cardnumber: 'Card number',
    cardholder: 'Cardholder',
    customer: 'Customer',
    email: 'E-mail',
    processing: 'Processing',
    threedsresult: '3-D Secure',
  },
};

/** A merchant must never mistake test data for live data (docs/domain.md §8). */
export const MODE_LABELS: Labels<'test' | 'live'> = {
  ru: { test: 'Тест', live: 'Боевой' },
  en: { test: 'Test', live: 'Live' },
};
