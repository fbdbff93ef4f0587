import { paymentCurrency } from './action-rules';
import { share, type Minor } from './money';
import { OP, type OperationRecord, type OrderRecord } from './model';
import { appendOperation, performedBy, type Actor } from './operations';
import { bonusRemaining } from './totals';

/**
 * "Спасибо" points follow the money (docs/domain.md §3): when `amount` of the `base` still held
 * or charged goes back to the buyer, the same share of the points accrued is cancelled and the
 * same share of the points paid is given back; all of them when the whole base goes.
 */
export function withdrawPoints(
  order: OrderRecord,
  amount: Minor,
  base: Minor,
  at: number,
  actor: Actor,
  accrualMessage: string,
): OperationRecord[] {
  if (amount <= 0 || base <= 0) return [];
  // Points are counted in the payment's currency (roubles whenever points pay, payment.ts).
  const currency = paymentCurrency(order);
  const created: OperationRecord[] = [];
  const followers = [
    { kind: 'paid', type: OP.bonusPaymentCancel, message: 'Возврат баллов «Спасибо», потраченных на оплату' },
    { kind: 'accrued', type: OP.bonusAccrualCancel, message: accrualMessage },
  ] as const;
  for (const { kind, type, message } of followers) {
    const points = bonusRemaining(order.operations, kind);
    const back = amount >= base ? points : share(points, amount, base);
    if (back <= 0) continue;
    created.push(
      appendOperation(order, { type, state: 'S', amount: back, currency, at, ...performedBy(actor), message }),
    );
  }
  return created;
}
