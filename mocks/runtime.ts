import { createGateway, type Gateway, type GatewayOptions } from './gateway/gateway';

/**
 * The one gateway the handlers talk to. Dev and the standalone server reset it with the real
 * clock and a full history; tests reset it with a small deterministic one.
 */
export const TEST_GATEWAY_DEFAULTS: GatewayOptions = {
  seed: 1,
  liveOrders: 300,
  testOrders: 60,
  now: '2026-11-28T09:00:00Z',
};

let current: Gateway | undefined;

/** The current gateway; created with TEST_GATEWAY_DEFAULTS if nobody has reset it yet. */
export function getGateway(): Gateway {
  current ??= createGateway(TEST_GATEWAY_DEFAULTS);
  return current;
}

/** Replaces the gateway. Options not given fall back to TEST_GATEWAY_DEFAULTS. */
export function resetGateway(options: GatewayOptions = {}): Gateway {
  current = createGateway({ ...TEST_GATEWAY_DEFAULTS, ...options });
  return current;
}

/** Makes a gateway built elsewhere (the browser demo's persisted one) the current one. */
export function installGateway(gateway: Gateway): Gateway {
  current = gateway;
  return current;
}
