import type { OrderDetail } from '@/api/orders';
import type { Profile } from '@/api/session';

/**
 * How a money action keeps the other screens true. The orders feature owns the cache keys of
 * lists and details; the route that composes both features fills this in with them.
 */
export interface OrderCacheSync {
  /** Writes the order the gateway returned into its detail cache entry. */
  writeOrder(profileId: string, order: OrderDetail): void;
  /** Marks every list and count of the profile stale; resolves once the shown ones have refetched. */
  invalidateLists(profileId: string): Promise<void>;
}

/** What every action control needs to know about where and by whom it is used. */
export interface ActionContext {
  profile: Profile;
  canConfirm: boolean;
  canCancel: boolean;
  cache: OrderCacheSync;
}
