import { expect, type APIRequestContext } from '@playwright/test';

/** Moves the standalone gateway's clock (started with GATEWAY_TEST_CONTROLS=1). */
export async function advanceGatewayClock(request: APIRequestContext, ms: number): Promise<void> {
  const response = await request.post('/api/v1/__test/clock', { data: { advanceMs: ms } });
  expect(response.status(), 'the gateway lets the test move its clock').toBe(200);
}

export const MINUTE = 60_000;
