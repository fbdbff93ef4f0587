import { http, HttpResponse, type HttpHandler } from 'msw';
import { API_BASE_PATH } from '@/api/endpoints';
import { getGateway } from '../runtime';
import { mockConfig } from './config';
import { problemResponse } from './problems';

/**
 * End-to-end runs move the gateway's clock over HTTP (idle expiry, lockouts) with
 * `POST /api/v1/__test/clock {"advanceMs": n}`. Off unless the server is started with
 * GATEWAY_TEST_CONTROLS=1: anywhere else the path is as unknown as any other.
 */
export const testControls: HttpHandler = http.post(`*${API_BASE_PATH}/__test/clock`, async ({ request }) => {
  if (!mockConfig().testControls) return problemResponse(404, { detail: 'No such endpoint' });
  const body = (await request.json().catch(() => null)) as { advanceMs?: unknown } | null;
  const advanceMs = body?.advanceMs;
  if (typeof advanceMs !== 'number' || !Number.isInteger(advanceMs) || advanceMs < 0) {
    return problemResponse(422, { detail: 'advanceMs: a non-negative integer' });
  }
  getGateway().clock.advance(advanceMs);
  getGateway().onboarding.processDue();
  // Notifications that fell due meanwhile are sent before the answer, so a test sees them made.
  await getGateway().notifications.processDue();
  return HttpResponse.json({ now: new Date(getGateway().clock.now()).toISOString() });
});
