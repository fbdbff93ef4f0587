import { setupWorker } from 'msw/browser';
import { demoAccessStore } from './demo-access-store';
import { createPersistedGateway } from './demo/persisted-gateway';
import type { Gateway } from './gateway/gateway';
import { configureMocks, type MockConfig } from './handlers/config';
import { handlers } from './handlers/handlers';
import { getGateway, installGateway, resetGateway } from './runtime';

declare global {
  interface Window {
    /** Dev only: the in-page gateway, e.g. __gateway.clock.advance(864e5) or __gateway.listOrders(…). */
    __gateway?: Gateway;
    /** Dev only: latency and fault injection, e.g. __mocks.configure({ fault: 'error500' }). */
    __mocks?: { configure: (patch: Partial<MockConfig>) => MockConfig; reset: typeof resetGateway };
  }
}

export interface DemoControls {
  /** Forgets the visitor's changes and generates the demo history afresh. */
  resetDemoData(): void;
}

/**
 * Starts the in-page gateway for dev and the demo build: a full history anchored at the first
 * visit, with every money action kept in localStorage, so reloads and other tabs see the same
 * orders in the state the visitor left them; users and sessions survive in a store of their own.
 */
export async function startMockWorker(): Promise<DemoControls> {
  const persisted = createPersistedGateway(window.localStorage, {
    seed: 1,
    liveOrders: 20_000,
    testOrders: 2_000,
    accessPersistence: demoAccessStore(),
  });
  installGateway(persisted.gateway);
  window.addEventListener('storage', () => persisted.catchUp());
  configureMocks({ latencyMs: 250 });
  Object.defineProperty(window, '__gateway', { configurable: true, get: getGateway });
  window.__mocks = { configure: configureMocks, reset: resetGateway };
  await setupWorker(...handlers).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
  return {
    resetDemoData() {
      persisted.reset();
      window.location.reload();
    },
  };
}
