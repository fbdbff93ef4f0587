/**
 * How the mock API behaves beyond the domain: latency and injected faults, so that the UI's
 * loading and error paths can be seen in dev and driven in tests.
 *
 * Faults hit only the endpoints guarded by a right (the business API), never meta or the
 * session endpoints: one can still sign in and out while orders fail.
 */
export type Fault = 'none' | 'slow' | 'error500' | 'network' | 'conflict' | 'lost-response';

export interface MockConfig {
  /** Added to every answer; 0 in tests. */
  latencyMs: number;
  /**
   * slow: latency + slowMs; error500: 500 problems; network: dropped connections; conflict: 409
   * on writes (error500, network and conflict apply nothing); lost-response: writes are APPLIED,
   * then the connection drops, as when a money action succeeds but its answer never arrives.
   */
  fault: Fault;
  slowMs: number;
  /** Parse every response with the contract's schema and answer 500 when a mock drifts. */
  validateResponses: boolean;
  /** Opens POST /__test/clock (end-to-end runs only; see test-controls.ts). */
  testControls: boolean;
}

const DEFAULTS: MockConfig = {
  latencyMs: 0,
  fault: 'none',
  slowMs: 3000,
  validateResponses: true,
  testControls: false,
};

let current: MockConfig = { ...DEFAULTS };

export function configureMocks(patch: Partial<MockConfig>): MockConfig {
  current = { ...current, ...patch };
  return { ...current };
}

export function resetMockConfig(): MockConfig {
  current = { ...DEFAULTS };
  return { ...current };
}

export function mockConfig(): Readonly<MockConfig> {
  return current;
}
