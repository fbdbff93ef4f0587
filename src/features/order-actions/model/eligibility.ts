import type { Currency } from '@/api/common';
import type { OrderSummary } from '@/api/orders';
import { parseAmount } from '@/lib/money';
import type { ActionKind } from './action-kind';

/** Why an order cannot take the action now; each has its own message. */
export type IneligibleReason =
  'not-paid' | 'failed' | 'one-stage' | 'already-confirmed' | 'deadline-passed' | 'nothing-left' | 'unavailable';

/** What the gateway would accept now, in minor units. */
export interface ActionLimits {
  max: bigint;
  currency: Currency;
  partial: boolean;
  /** For a cancel: what a full cancel sends. */
  transaction: 'reversal' | 'refund' | null;
}

export type Eligibility = { eligible: true; limits: ActionLimits } | { eligible: false; reason: IneligibleReason };

type EligibilitySource = Pick<OrderSummary, 'orderstate' | 'delay' | 'confirmdeadline' | 'actions'>;

/**
 * The gateway publishes what it would accept (`actions`); the cabinet never re-derives that.
 * It only explains a refusal from the order's state, so a person sees why, not just "no".
 */
export function eligibilityOf(order: EligibilitySource, kind: ActionKind, now: Date): Eligibility {
  if (kind === 'confirm' && order.actions.confirm) {
    const { max, currency, partial } = order.actions.confirm;
    return { eligible: true, limits: { max: parseAmount(max), currency, partial, transaction: null } };
  }
  if (kind === 'cancel' && order.actions.cancel) {
    const { max, currency, partial, transaction } = order.actions.cancel;
    return { eligible: true, limits: { max: parseAmount(max), currency, partial, transaction } };
  }
  return { eligible: false, reason: kind === 'confirm' ? whyNotConfirmable(order, now) : whyNotCancellable(order) };
}

/** Reasons that hold for both actions: the order never got money, or has none left. */
function whyNotAtAll(order: EligibilitySource): IneligibleReason | null {
  switch (order.orderstate) {
    case 'In Process':
      return 'not-paid';
    case 'Declined':
    case 'Timeout':
      return 'failed';
    case 'Canceled':
      return 'nothing-left';
    default:
      return null;
  }
}

function whyNotConfirmable(order: EligibilitySource, now: Date): IneligibleReason {
  const common = whyNotAtAll(order);
  if (common !== null) return common;
  if (order.orderstate === 'Delayed') {
    return order.confirmdeadline !== null && new Date(order.confirmdeadline).getTime() <= now.getTime()
      ? 'deadline-passed'
      : 'unavailable';
  }
  return order.delay ? 'already-confirmed' : 'one-stage';
}

function whyNotCancellable(order: EligibilitySource): IneligibleReason {
  return whyNotAtAll(order) ?? 'unavailable';
}
