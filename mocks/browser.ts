import { setupWorker } from 'msw/browser';
import { demoAccessStore } from './demo-access-store';
import type { Gateway } from './gateway/gateway';
import { configureMocks, type MockConfig } from './handlers/config';
import { handlers } from './handlers/handlers';
import { getGateway, resetGateway } from './runtime';

declare global {
  interface Window {
    /** Dev only: the in-page gateway, e.g. __gateway.clock.advance(864e5) or __gateway.listOrders(…). */
    __gateway?: Gateway;
    /** Dev only: latency and fault injection, e.g. __mocks.configure({ fault: 'error500' }). */
    __mocks?: { configure: (patch: Partial<MockConfig>) => MockConfig; reset: typeof resetGateway };
  }
}

/**
 * Starts the in-page gateway for dev and the demo build: a full history up to the real now
 * (re-created on every page load; users and sessions survive in a store of their own).
 */
export async function startMockWorker(): Promise<void> {
  resetGateway({
    seed: 1,
    liveOrders: 20_000,
    testOrders: 2_000,
    now: () => Date.now(),
    accessPersistence: demoAccessStore(),
  });
  configureMocks({ latencyMs: 250 });
  Object.defineProperty(window, '__gateway', { configurable: true, get: getGateway });
  window.__mocks = { configure: configureMocks, reset: resetGateway };
  await setupWorker(...handlers).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
}
