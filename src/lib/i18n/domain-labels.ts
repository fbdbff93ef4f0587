import type { Language } from '@/api/common';
import { ORDER_STATE_LABELS } from '@/api/labels';
import type { Operation, OperationType, OrderState } from '@/api/orders';

/** Translation keys of the wire's order states (the wire spells "In Process" with a space). */
export const ORDER_STATE_KEYS = {
  'In Process': 'inProcess',
  Delayed: 'delayed',
  Approved: 'approved',
  PartialApproved: 'partialApproved',
  PartialDelayed: 'partialDelayed',
  Canceled: 'canceled',
  PartialCanceled: 'partialCanceled',
  Declined: 'declined',
  Timeout: 'timeout',
} as const satisfies Record<OrderState, string>;

type OrderStateKey = (typeof ORDER_STATE_KEYS)[OrderState];

/** The translation key of a state's label: `t(orderStateLabelKey(state))`. */
export function orderStateLabelKey(state: OrderState): `orderState.${OrderStateKey}` {
  return `orderState.${ORDER_STATE_KEYS[state]}`;
}

/** The contract's state labels under their translation keys, for the `orderState` section. */
export function orderStateMessages(language: Language): Record<OrderStateKey, string> {
  const labels = ORDER_STATE_LABELS[language];
  const entries = (Object.keys(ORDER_STATE_KEYS) as OrderState[]).map((state) => [
    ORDER_STATE_KEYS[state],
    labels[state],
  ]);
  return Object.fromEntries(entries) as Record<OrderStateKey, string>;
}

/** Translation keys of the operation type codes (100/200/300 the gateway's, 4xx/5xx this API's). */
export const OPERATION_TYPE_KEYS = {
  '100': 'payment',
  '200': 'confirmation',
  '300': 'cancel',
  '400': 'bonusPayment',
  '410': 'bonusPaymentCancel',
  '500': 'bonusAccrual',
  '510': 'bonusAccrualCancel',
} as const satisfies Record<OperationType, string>;

/** Translation keys of the cancel reasons: 1 declined by the shop, 2 by the customer, 3 fraud. */
export const CANCEL_REASON_KEYS = {
  1: 'shop',
  2: 'customer',
  3: 'fraud',
} as const satisfies Record<NonNullable<Operation['reason']>, string>;
