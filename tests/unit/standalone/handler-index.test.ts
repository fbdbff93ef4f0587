import { describe, expect, it } from 'vitest';
import { API_BASE_PATH, endpoints, type EndpointDef } from '@/api/endpoints';
import { ORDER_STATE_SERVICE_PATH } from '@/api/web-service-accounts';
import { handlers } from '../../../mocks/handlers/handlers';
import { handlerIndex } from '../../../mocks/standalone/handler-index';

const handlersFor = handlerIndex(handlers);
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Each contract path with its parameters filled in several ways a client may send them. */
function concretePaths(): string[] {
  const templates = [...new Set((Object.values(endpoints) as EndpointDef[]).map((def) => def.path))];
  return templates.flatMap((template) => {
    const path = `${API_BASE_PATH}${template}`;
    return [
      path.replace(/\{\w+\}/g, '600401'),
      path.replace(/\{\w+\}/g, 'PL%2F1%20x'),
      `${path.replace(/\{\w+\}/g, 'a')}/`,
      path.replace(/\{\w+\}/g, 'B').toUpperCase(),
    ];
  });
}

const OTHER_PATHS = [
  `${API_BASE_PATH}/__test/clock`,
  `${API_BASE_PATH}/no/such/endpoint`,
  `${API_BASE_PATH}/`,
  ORDER_STATE_SERVICE_PATH,
  `${ORDER_STATE_SERVICE_PATH}/`,
];

async function matching(pathname: string, method: string) {
  const request = new Request(`http://localhost${pathname}?page=1`, { method });
  const matches = await Promise.all(handlers.map((handler) => handler.test({ request })));
  return handlers.filter((_, index) => matches[index]);
}

describe('the standalone server’s handler index', () => {
  it('keeps every handler msw would match, for every path of the contract and every method', async () => {
    for (const pathname of [...concretePaths(), ...OTHER_PATHS]) {
      const candidates = handlersFor(pathname);
      for (const method of METHODS) {
        const matched = await matching(pathname, method);
        // Every path here has a handler (the 404 and 405 ones at least): the check is never empty.
        expect(matched.length, `${method} ${pathname}`).toBeGreaterThan(0);
        for (const handler of matched) {
          expect(candidates, `${method} ${pathname}: ${handler.info.header}`).toContain(handler);
        }
      }
    }
    // Every handler against every path and method: thousands of matches, seconds on a busy machine.
  }, 30_000);

  it('keeps the handlers in their order, so msw picks the same one', () => {
    const candidates = handlersFor(`${API_BASE_PATH}/profiles/600401/orders`);
    const positions = candidates.map((handler) => handlers.indexOf(handler));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('leaves a request a handful of handlers to try instead of all of them', () => {
    const candidates = handlersFor(`${API_BASE_PATH}/profiles/600401/orders`);
    expect(handlers.length).toBeGreaterThan(50);
    // The list's GET, its 405/HEAD handler and the catch-all 404.
    expect(candidates.length).toBeLessThanOrEqual(4);
  });
});
