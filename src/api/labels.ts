import type { Language } from './common';
import type { OrderState } from './orders';

/**
 * The order states as people read them (shared/domain.md §2). The Russian labels are the
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
