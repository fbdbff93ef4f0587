import { DAY } from '../../../mocks/gateway/clock';
import { MERCHANT_OFFSET } from '../../../mocks/gateway/merchant-time';
import { OP, type OrderRecord } from '../../../mocks/gateway/model';
import { isRefundOnly } from '../../../mocks/gateway/refund-only';
import { TEST_CARDS } from '../../../mocks/gateway/test-cards';

/**
 * The rules of docs/domain.md as checks over one order record: each returns what breaks the
 * rule (empty when the order follows it). The property tests and the seed scan share them.
 */

const FINAL_OPERATION = new Set(['S', 'F', 'T']);

/** Rule 1: refund-only schemes never see a reversal; settlement only on its daily schedule. */
export function refundOnlyBreaches(order: OrderRecord, dailySettlement: boolean): string[] {
  const breaches: string[] = [];
  const transactions = order.operations.flatMap((op) => op.transactions);
  if (isRefundOnly(order.means) && transactions.some((tx) => tx.type === 'reversal')) {
    breaches.push('reversal on a refund-only scheme');
  }
  if (
    isRefundOnly(order.means) &&
    order.delay &&
    order.operations.some((op) => op.type === OP.payment && op.state === 'S')
  ) {
    breaches.push('two-stage hold on a refund-only scheme');
  }
  if (dailySettlement) {
    for (const tx of transactions) {
      if (tx.type === 'financial' && (tx.date + MERCHANT_OFFSET) % DAY !== 0) {
        breaches.push(`settlement at ${new Date(tx.date).toISOString()}, not 00:00 merchant time`);
      }
    }
  }
  return breaches;
}

/** Rule 2: a live order never succeeds with a test card, whatever means carries it. */
export function testInstrumentBreaches(order: OrderRecord): string[] {
  if (order.testmode || order.means?.cardnumber == null) return [];
  const payment = order.operations.find((op) => op.type === OP.payment);
  const masked = order.means.cardnumber;
  const testLike = Object.keys(TEST_CARDS).some(
    (pan) => masked.startsWith(pan.slice(0, 6)) && masked.endsWith(pan.slice(-4)),
  );
  return testLike && payment?.state === 'S' ? ['test card approved on the live profile'] : [];
}

/** Rule 3: points paid and accrued go back with the money; a cancelled order keeps none. */
export function pointsBreaches(order: OrderRecord): string[] {
  const sum = (type: string) =>
    order.operations.filter((op) => op.type === type && op.state === 'S').reduce((total, op) => total + op.amount, 0);
  const breaches: string[] = [];
  const paid = sum(OP.bonusPayment);
  const returned = sum(OP.bonusPaymentCancel);
  const accrued = sum(OP.bonusAccrual);
  const withdrawn = sum(OP.bonusAccrualCancel);
  if (returned > paid || withdrawn > accrued) breaches.push('more points back than given');
  if (order.state === 'Canceled' && (returned !== paid || withdrawn !== accrued)) {
    breaches.push('cancelled order keeps points');
  }
  const payment = order.operations.find((op) => op.type === OP.payment && op.state === 'S');
  if (paid > 0 && payment && payment.amount + paid !== order.orderamount) {
    breaches.push('card part and points do not make the price');
  }
  return breaches;
}

/** Rule 4: every operation carries its means and (payments only) the 3-DS result; nothing final stays "sent". */
export function operationBreaches(order: OrderRecord): string[] {
  const breaches: string[] = [];
  for (const op of order.operations) {
    const id = `${order.billnumber}.${op.n}`;
    if (order.means !== null && op.means !== order.means) breaches.push(`${id} without its means`);
    const threeds = op.type === OP.payment ? order.threeds : null;
    if (op.threeds !== threeds) breaches.push(`${id} with a wrong 3-DS result`);
    if (FINAL_OPERATION.has(op.state) && op.transactions.some((tx) => tx.state === 'P')) {
      breaches.push(`${id} is ${op.state} with a transaction still in P`);
    }
    if (op.state === 'N' && (op.type !== OP.cancel || order.settledAt !== null || op.transactions.length > 0)) {
      breaches.push(`${id} in N other than a refund waiting for settlement`);
    }
  }
  return breaches;
}

/** Rule 5: one successful payment per order number within a profile. */
export function ordernumberBreaches(orders: readonly OrderRecord[]): string[] {
  const paid = new Map<string, number>();
  for (const order of orders) {
    if (order.operations.some((op) => op.type === OP.payment && op.state === 'S')) {
      paid.set(order.ordernumber, (paid.get(order.ordernumber) ?? 0) + 1);
    }
  }
  return [...paid].filter(([, count]) => count > 1).map(([number, count]) => `${number} paid ${count} times`);
}

export function orderBreaches(order: OrderRecord, dailySettlement = true): string[] {
  return [
    ...refundOnlyBreaches(order, dailySettlement),
    ...testInstrumentBreaches(order),
    ...pointsBreaches(order),
    ...operationBreaches(order),
  ];
}
