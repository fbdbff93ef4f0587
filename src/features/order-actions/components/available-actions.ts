import type { OrderSummary } from '@/api/orders';
import type { ActionContext } from '../model/action-context';
import type { ActionKind } from '../model/action-kind';
import { eligibilityOf } from '../model/eligibility';
import { variantOf, type ActionVariant } from './action-variant';

export interface AvailableAction {
  kind: ActionKind;
  variant: ActionVariant;
}

/** The actions this user may take on this order now: their right, and the gateway's `actions`. */
export function availableActions(order: OrderSummary, context: ActionContext, now: Date): AvailableAction[] {
  const kinds: ActionKind[] = [];
  if (context.canConfirm) kinds.push('confirm');
  if (context.canCancel) kinds.push('cancel');
  return kinds.flatMap((kind) => {
    const eligibility = eligibilityOf(order, kind, now);
    return eligibility.eligible ? [{ kind, variant: variantOf(kind, eligibility) }] : [];
  });
}
