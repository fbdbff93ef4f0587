import { http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { LIVE_PROFILE, dataRows, findOrdersGrid, renderApp, signedInAs } from './render-app';

const LIST_PATH = `/api/v1/profiles/${LIVE_PROFILE}/orders`;

afterEach(() => server.events.removeAllListeners());

describe('a fresh load of the orders monitor', () => {
  it('asks for the first page and the counts beside the session, not after it, and only once', async () => {
    await signedInAs('viewer');
    const asked: string[] = [];
    let listAsked: () => void = () => undefined;
    const listSeen = new Promise<void>((resolve) => (listAsked = resolve));
    server.events.on('request:start', ({ request }) => {
      const { pathname } = new URL(request.url);
      asked.push(pathname);
      if (pathname === LIST_PATH) listAsked();
    });
    let listBeforeSessionAnswered = false;
    server.use(
      // The session's answer is held until the first page has been asked for (at most 3 s).
      http.get('*/api/v1/session', async () => {
        listBeforeSessionAnswered = await Promise.race([
          listSeen.then(() => true),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000)),
        ]);
        return undefined;
      }),
    );

    renderApp(`/p/${LIVE_PROFILE}/orders`);
    const grid = await findOrdersGrid();

    expect(listBeforeSessionAnswered).toBe(true);
    expect(dataRows(grid)).toHaveLength(25);
    expect(asked.filter((path) => path === LIST_PATH)).toHaveLength(1);
    expect(asked.filter((path) => path === `${LIST_PATH}/counts`)).toHaveLength(1);
  });

  it('without a session goes to sign in, the early request for rows left unused', async () => {
    const ui = renderApp(`/p/${LIVE_PROFILE}/orders`);
    await ui.findByRole('heading', { name: /вход/i });
    expect(ui.location().pathname).toBe('/login');
  });
});
