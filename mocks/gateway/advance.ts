import { expireHold } from './cancel';
import type { OrderRecord } from './model';
import { expirePayment } from './payment';
import { settleOrder } from './settle';

type Due = { at: number; run: (order: OrderRecord, at: number) => void };

function nextDue(order: OrderRecord): Due | null {
  const candidates: Due[] = [];
  if (order.state === 'In Process' && order.paymentTimeoutAt !== null) {
    candidates.push({ at: order.paymentTimeoutAt, run: expirePayment });
  }
  if (order.state === 'Delayed' && order.confirmDeadline !== null) {
    candidates.push({ at: order.confirmDeadline, run: expireHold });
  }
  if (order.settledAt === null && order.settleDueAt !== null) {
    candidates.push({ at: order.settleDueAt, run: settleOrder });
  }
  return candidates.reduce<Due | null>((min, due) => (min === null || due.at < min.at ? due : min), null);
}

/** The earliest instant at which something happens to the order by itself, or null. */
export function nextDueAt(order: OrderRecord): number | null {
  return nextDue(order)?.at ?? null;
}

/**
 * Applies everything that falls due up to `upTo` (timeouts, deadline reversals, settlement),
 * each at its own instant, in time order.
 */
export function advanceOrder(order: OrderRecord, upTo: number): void {
  for (let due = nextDue(order); due !== null && due.at <= upTo; due = nextDue(order)) {
    due.run(order, due.at);
  }
}
