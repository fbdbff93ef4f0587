import { ORDER_VIEWS, VIEW_STATES, type OrderState, type OrderView } from '@/api/orders';
import { sameStates } from './order-filters';

/** The quick view a state filter stands for; null when the states picked match no view. */
export function viewOfStates(states: readonly OrderState[] | undefined): OrderView | null {
  if (states === undefined || states.length === 0) return 'all';
  return ORDER_VIEWS.find((view) => view !== 'all' && sameStates(states, VIEW_STATES[view])) ?? null;
}

/** The state filter of a quick view; "all" has none. */
export function statesOfView(view: OrderView): OrderState[] | undefined {
  return view === 'all' ? undefined : [...VIEW_STATES[view]];
}
