import type { Currency } from '@/api/common';
import type { OrderState } from '@/api/orders';
import { FIRSTCODE, illegalState, SECONDCODE, type Refusal } from './errors';
import type { Minor } from './money';
import { OP, type OrderRecord } from './model';
import { SYSTEM_ACTOR } from './operations';
import { remainingOf } from './derive-state';
import { isRefundOnly } from './refund-only';

/**
 * The one place that decides whether an order can be confirmed or cancelled now, and within
 * which limits. confirm.ts and cancel.ts throw the refusal; the views publish the limits as
 * `actions` (a refusal becomes null), so the cabinet can never offer what the gateway refuses.
 */

export interface ConfirmLimits {
  /** Most that can be confirmed, in the payment currency. */
  max: Minor;
  currency: Currency;
  partial: boolean;
}

export interface CancelLimits extends ConfirmLimits {
  /** What a cancel sends now: a reversal before settlement, a refund after it. */
  transaction: 'reversal' | 'refund';
}

export type Verdict<L> = { ok: true; limits: L } | { ok: false; refusal: Refusal };

/** Nothing can happen to these any more (PartialApproved is never produced, docs/domain.md §2). */
const CLOSED: ReadonlySet<OrderState> = new Set<OrderState>(['Canceled', 'Declined', 'Timeout', 'PartialApproved']);

function refuse<L>(refusal: Refusal): Verdict<L> {
  return { ok: false, refusal };
}

/** The payment operation's currency (conversion may differ it from the order's); the order's before payment. */
export function paymentCurrency(order: OrderRecord): Currency {
  return order.currency ?? order.ordercurrency;
}

/** A hold released by "system" at the deadline (cancel.ts expireHold), never confirmed. */
function holdExpired(order: OrderRecord): boolean {
  return (
    order.delay &&
    !order.operations.some((op) => op.type === OP.confirmation && op.state === 'S') &&
    order.operations.some((op) => op.type === OP.cancel && op.user === SYSTEM_ACTOR.user)
  );
}

/**
 * The one boundary of the 4-day window: at the deadline instant itself the hold is already
 * released (advance.ts runs the release at that instant), so confirmation is refused from then on.
 */
export function deadlineReached(deadline: number, at: number): boolean {
  return at >= deadline;
}

const deadlinePassed = (): Refusal =>
  illegalState('deadline-passed', 'Срок подтверждения (4 дня) истёк', SECONDCODE.order, FIRSTCODE.timedOut);

/** Only a Delayed two-stage order within its 4-day window can be confirmed, once. */
export function confirmability(order: OrderRecord, at: number): Verdict<ConfirmLimits> {
  if (order.state === 'Delayed') {
    if (order.confirmDeadline !== null && deadlineReached(order.confirmDeadline, at)) return refuse(deadlinePassed());
    const max = remainingOf(order.operations, order.delay, order.state);
    return { ok: true, limits: { max, currency: paymentCurrency(order), partial: true } };
  }
  if (holdExpired(order)) return refuse(deadlinePassed());
  if (CLOSED.has(order.state)) return refuse(illegalState('order-closed', `Заказ закрыт (${order.state})`));
  if (!order.delay) {
    return refuse(illegalState('not-confirmable', 'Одностадийный платёж не требует подтверждения'));
  }
  const confirmed = order.operations.some((op) => op.type === OP.confirmation && op.state === 'S');
  return refuse(
    illegalState(
      'not-confirmable',
      confirmed ? 'Заказ уже подтверждён' : `Заказ в состоянии ${order.state} нельзя подтвердить`,
    ),
  );
}

/**
 * A held or paid order with money left can be cancelled. An unconfirmed hold only in full
 * (docs/domain.md §3); the transaction follows settlement and the card scheme.
 */
export function cancellability(order: OrderRecord): Verdict<CancelLimits> {
  const max = remainingOf(order.operations, order.delay, order.state);
  switch (order.state) {
    case 'Delayed':
      // An unconfirmed hold has nothing settled: it is always simply released.
      return {
        ok: true,
        limits: { max, currency: paymentCurrency(order), partial: false, transaction: 'reversal' },
      };
    case 'Approved':
    case 'PartialDelayed':
    case 'PartialCanceled': {
      const refundOnly = isRefundOnly(order.means);
      return {
        ok: true,
        limits: {
          max,
          currency: paymentCurrency(order),
          partial: true,
          transaction: order.settledAt !== null || refundOnly ? 'refund' : 'reversal',
        },
      };
    }
    case 'In Process':
      return refuse(illegalState('not-cancellable', 'Оплата ещё не завершена: отменять нечего'));
    default:
      return refuse(illegalState('order-closed', `Заказ закрыт (${order.state}): отменять нечего`));
  }
}
