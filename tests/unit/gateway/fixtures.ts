import { createGateway, type Gateway, type GatewayOptions } from '../../../mocks/gateway/gateway';
import { LIVE_PROFILE_ID } from '../../../mocks/gateway/enterprise';

/** 12:00 in Moscow; the next daily settlement is at 21:00 UTC (00:00 Moscow). */
export const NOW = '2026-11-28T09:00:00Z';
export const NEXT_SETTLEMENT = Date.parse('2026-11-28T21:00:00Z');
export const LIVE = LIVE_PROFILE_ID;
export const ACCOUNTANT = { user: 'accountant', ip: '10.0.0.1' };

/** An empty gateway with frozen time: tests create exactly the orders they need. */
export function emptyGateway(options: GatewayOptions = {}): Gateway {
  return createGateway({ liveOrders: 0, testOrders: 0, now: NOW, ...options });
}
