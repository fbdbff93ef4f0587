import type { ReactNode } from 'react';
import type { OrderDetail, OrderSummary } from '@/api/orders';

/**
 * Places on the orders pages where another feature (the money actions) renders its controls.
 * The orders feature only shows what it is given; the route decides what to give.
 */
export interface OrderActionSlots {
  /** The row menu of an order in the grid; null or absent when the user may do nothing. */
  rowActions?: (order: OrderSummary) => ReactNode;
  /** A toolbar for the selected orders; when given, the grid offers row selection. */
  bulkActions?: (selected: readonly OrderSummary[], clearSelection: () => void) => ReactNode;
  /** Controls in the order page's header. */
  pageActions?: (order: OrderDetail) => ReactNode;
  /**
   * Rendered once by the list page, outside the grid: a dialog opened from a row must outlive
   * the row, which leaves a filtered list as soon as the action changes the order's state.
   */
  overlay?: ReactNode;
}
