import type { Currency } from '@/api/common';
import type { OperationState, OperationType, ThreeDsResult, TransactionType } from '@/api/orders';
import { deriveState } from './derive-state';
import type { Minor } from './money';
import type { CancelReason, OperationRecord, OrderRecord } from './model';

/** Who performed a merchant-initiated operation. */
export interface Actor {
  user: string;
  ip?: string | null;
}

export const SYSTEM_ACTOR: Actor = { user: 'system', ip: null };

/** How an actor is recorded on an operation or in the audit log: an unknown address is null. */
export function performedBy(actor: Actor): { user: string; ip: string | null } {
  return { user: actor.user, ip: actor.ip ?? null };
}

export const SUCCESS_CODE = 'AS000';

interface NewOperation {
  type: OperationType;
  state: OperationState;
  amount: Minor;
  currency: Currency;
  at: number;
  end?: number | null;
  responsecode?: string | null;
  message?: string | null;
  approvalcode?: string | null;
  /** Merchant user for merchant-initiated operations; null for the buyer's payment. */
  user?: string | null;
  ip?: string | null;
  reason?: CancelReason | null;
  /** 3-D Secure result of a payment; merchant-initiated operations carry none. */
  threeds?: ThreeDsResult | null;
  transaction?: { type: TransactionType; state: 'P' | 'S' | 'F' } | null;
}

/** Appends the next operation (ordinal N = count + 1) with at most one transaction. */
export function appendOperation(order: OrderRecord, init: NewOperation): OperationRecord {
  const end = init.end === undefined ? (init.state === 'S' || init.state === 'F' ? init.at : null) : init.end;
  const op: OperationRecord = {
    n: order.operations.length + 1,
    type: init.type,
    state: init.state,
    amount: init.amount,
    currency: init.currency,
    start: init.at,
    end,
    responsecode: init.responsecode ?? (init.state === 'S' ? SUCCESS_CODE : null),
    message: init.message ?? null,
    approvalcode: init.approvalcode ?? null,
    user: init.user ?? null,
    ip: init.ip ?? null,
    reason: init.reason ?? null,
    arn: null,
    means: order.means,
    threeds: init.threeds ?? null,
    transactions: init.transaction
      ? [
          {
            type: init.transaction.type,
            amount: init.amount,
            currency: init.currency,
            state: init.transaction.state,
            date: init.at,
          },
        ]
      : [],
  };
  order.operations.push(op);
  return op;
}

export function extendedBillnumber(order: OrderRecord, op: OperationRecord): string {
  return `${order.billnumber}.${op.n}`;
}

/** Recomputes the stored state from the operations: the one place that writes order.state. */
export function refreshState(order: OrderRecord): void {
  order.state = deriveState(order.operations, order.delay);
}
