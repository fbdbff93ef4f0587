import type { OrderDetail, OrderSummary } from '@/api/orders';

/** 500 is this API's code of a "Спасибо" points accrual (src/api/orders.ts). */
const BONUS_ACCRUAL = '500';

/**
 * Whether the order carries a successful points accrual, which a cancel cancels too. Only an
 * order's detail lists its operations; a grid row cannot tell, and the result will show it.
 */
export function hasBonusAccrual(order: OrderSummary | OrderDetail): boolean {
  return 'operations' in order && order.operations.some((op) => op.type === BONUS_ACCRUAL && op.state === 'S');
}
