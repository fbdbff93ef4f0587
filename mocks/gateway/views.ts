import type { Operation, OrderActions, OrderDetail, OrderSummary, Transaction } from '@/api/orders';
import { cancellability, confirmability } from './action-rules';
import { remainingOf } from './derive-state';
import { fromMinor } from './money';
import type { OperationRecord, OrderRecord, TransactionRecord } from './model';
import { extendedBillnumber } from './operations';
import { isAcceptedCancel, moneyOf } from './totals';

/** Instants on the wire: ISO 8601 UTC to the second (the gateway speaks GMT). */
export function instant(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * What a view depends on besides the order: the instant the actions are judged at. An object,
 * not a bare number, so that `records.map(toDetail)` cannot pass an index as the time.
 */
export interface ViewContext {
  now: number;
}

/** The same rules confirm and cancel enforce; a refusal is simply "not offered". */
export function actionsOf(order: OrderRecord, { now }: ViewContext): OrderActions {
  const confirm = confirmability(order, now);
  const cancel = cancellability(order);
  return {
    confirm: confirm.ok
      ? { max: fromMinor(confirm.limits.max), currency: confirm.limits.currency, partial: confirm.limits.partial }
      : null,
    cancel: cancel.ok
      ? {
          max: fromMinor(cancel.limits.max),
          currency: cancel.limits.currency,
          partial: cancel.limits.partial,
          transaction: cancel.limits.transaction,
        }
      : null,
  };
}

export function toSummary(order: OrderRecord, context: ViewContext): OrderSummary {
  return {
    billnumber: order.billnumber,
    ordernumber: order.ordernumber,
    orderstate: order.state,
    orderdate: instant(order.createdAt),
    orderamount: fromMinor(order.orderamount),
    ordercurrency: order.ordercurrency,
    amount: order.amount === null ? null : fromMinor(order.amount),
    currency: order.currency,
    rate: order.rate,
    testmode: order.testmode,
    delay: order.delay,
    paymentmeans: order.means ? { ...order.means } : null,
    customer: { ...order.customer },
    processing: order.processing,
    threedsresult: order.threeds,
    confirmdeadline:
      order.state === 'Delayed' && order.confirmDeadline !== null ? instant(order.confirmDeadline) : null,
    actions: actionsOf(order, context),
  };
}

function toTransaction(operationId: string, tx: TransactionRecord, index: number): Transaction {
  return {
    id: `${operationId}.${index + 1}`,
    type: tx.type,
    amount: fromMinor(tx.amount),
    currency: tx.currency,
    state: tx.state,
    date: instant(tx.date),
  };
}

export function toOperation(order: OrderRecord, op: OperationRecord): Operation {
  const billnumber = extendedBillnumber(order, op);
  return {
    billnumber,
    type: op.type,
    state: op.state,
    amount: fromMinor(op.amount),
    currency: op.currency,
    startdate: instant(op.start),
    enddate: op.end === null ? null : instant(op.end),
    responsecode: op.responsecode,
    message: op.message,
    approvalcode: op.approvalcode,
    user: op.user,
    ip: op.ip,
    reason: op.reason,
    arn: op.arn,
    paymentmeans: op.means ? { ...op.means } : null,
    threedsresult: op.threeds,
    transactions: op.transactions.map((tx, index) => toTransaction(billnumber, tx, index)),
  };
}

export function toDetail(order: OrderRecord, context: ViewContext): OrderDetail {
  const money = moneyOf(order.operations, order.delay);
  return {
    ...toSummary(order, context),
    comment: order.comment,
    settled: order.settledAt !== null,
    cancelcount: order.operations.filter(isAcceptedCancel).length,
    totals: {
      authorized: fromMinor(money.authorized),
      charged: fromMinor(money.charged),
      canceled: fromMinor(money.canceled),
      remaining: fromMinor(remainingOf(order.operations, order.delay, order.state)),
    },
    operations: order.operations.map((op) => toOperation(order, op)),
  };
}
