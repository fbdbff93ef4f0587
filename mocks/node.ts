import { setupServer } from 'msw/node';
import { handlers } from './handlers/handlers';

/**
 * The mock API inside vitest. A typical setup:
 *   beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 *   beforeEach(() => { resetGateway({ liveOrders: 40, testOrders: 10, now: '2026-11-28T09:00:00Z' }); resetMockConfig(); });
 *   afterEach(() => server.resetHandlers());
 *   afterAll(() => server.close());
 */
export const server = setupServer(...handlers);
