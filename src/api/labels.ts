import type { Language } from './common';
import type { Brand, OrderState } from './orders';

/**
 * The order states as people read them (docs/domain.md §2). The Russian labels are the
 * gateway's own, so they belong to the contract: the cabinet shows them and the CSV export
 * writes them, and the two can never drift apart.
 */
export const ORDER_STATE_LABELS: Record<Language, Record<OrderState, string>> = {
  ru: {
    'In Process': 'В процессе',
    Delayed: 'Ожидает подтверждения',
    Approved: 'Оплачен',
    PartialApproved: 'Оплачен частично',
    PartialDelayed: 'Подтверждён частично',
    Canceled: 'Отменён',
    PartialCanceled: 'Отменён частично',
    Declined: 'Отклонён',
    Timeout: 'Закрыт по тайм-ауту',
  },
  en: {
    'In Process': 'In process',
    Delayed: 'Awaiting confirmation',
    Approved: 'Paid',
    PartialApproved: 'Partially paid',
    PartialDelayed: 'Partially confirmed',
    Canceled: 'Cancelled',
    PartialCanceled: 'Partially cancelled',
    Declined: 'Declined',
    Timeout: 'Closed by timeout',
  },
};

/** Payment systems and wallets by their public names; only the Russian-market brands differ. */
const BRAND_NAMES: Record<Brand, string> = {
  VISA: 'Visa',
  MASTERCARD: 'Mastercard',
  MIR: 'Mir',
  JCB: 'JCB',
  AMEX: 'American Express',
  DINERS: 'Diners Club',
  APPLEPAY: 'Apple Pay',
  GOOGLEPAY: 'Google Pay',
  SAMSUNGPAY: 'Samsung Pay',
  MIRPAY: 'Mir Pay',
  YOOMONEY: 'YooMoney',
  WEBMONEY: 'WebMoney',
  QIWI: 'QIWI',
  SBP: 'SBP',
};

/** Brand names as the cabinet shows them and the CSV export writes them. */
export const BRAND_LABELS: Record<Language, Record<Brand, string>> = {
  ru: { ...BRAND_NAMES, MIR: 'Мир', YOOMONEY: 'ЮMoney', SBP: 'СБП' },
  en: BRAND_NAMES,
};
