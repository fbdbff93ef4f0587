import type { OrderState } from '@/api/orders';

/** A state's tone: MUI's chip colours, which the plain state label of the grid also uses. */
export type StateTone = 'default' | 'info' | 'warning' | 'success' | 'error';

/**
 * The colour of each state, for the chip and for lighter renderings of the same label. Apart from
 * the chip, so the orders grid gets the colours without MUI's Chip.
 */
export const STATE_COLORS: Record<OrderState, StateTone> = {
  'In Process': 'info',
  Delayed: 'warning',
  Approved: 'success',
  PartialApproved: 'success',
  PartialDelayed: 'success',
  Canceled: 'default',
  PartialCanceled: 'default',
  Declined: 'error',
  Timeout: 'default',
};
