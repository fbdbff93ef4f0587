import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { callEndpoint } from '@/api/client';
import { endpoints } from '@/api/endpoints';
import type { SessionInfo } from '@/api/session';
import { AppRoot } from '@/app/app-root';
import { createCabinetApp } from '@/app/cabinet-app';
import { getGateway } from '../../mocks/runtime';

export const DEMO_PASSWORD = 'Demo1234';
export const LIVE_PROFILE = '600401';
export const TEST_PROFILE = '900401';

/**
 * The real route table in a memory router, with a fresh query client (retries off, so a
 * failure shows at once). Returns the user-event driver and where the app currently is.
 */
export function renderApp(url = '/') {
  const app = createCabinetApp((routes) => createMemoryRouter(routes, { initialEntries: [url] }), {
    queryDefaults: { retry: false },
  });
  const user = userEvent.setup();
  const view = render(<AppRoot app={app} />);
  const location = () => {
    const { pathname, search } = app.router.state.location;
    return { pathname, search, params: new URLSearchParams(search) };
  };
  return { ...view, user, app, location };
}

/**
 * Signs in through the API, as a previous visit would have: the session cookie stays with the
 * mock's cookie jar, as a browser keeps it; the page learns the rest from GET /session.
 */
export async function signedInAs(login: 'admin' | 'accountant' | 'viewer' = 'admin'): Promise<SessionInfo> {
  return callEndpoint(endpoints.login, { body: { login, password: DEMO_PASSWORD } });
}

/** Whether the gateway still knows the browser's session (the cookie is out of script's reach). */
export async function serverSessionAlive(): Promise<boolean> {
  try {
    await callEndpoint(endpoints.getSession, {});
    return true;
  } catch {
    return false;
  }
}

/** The orders grid, once its first page is on screen. */
export async function findOrdersGrid(name = 'Заказы'): Promise<HTMLElement> {
  const grid = await screen.findByRole('grid', { name });
  await within(grid).findAllByRole('row', {}, { timeout: 5000 });
  return grid;
}

/** Data rows of the grid (the header row left out). */
export function dataRows(grid: HTMLElement): HTMLElement[] {
  return within(grid)
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('data-id'));
}

/** The cell of a column in a row, by the column's field. */
export function cell(row: HTMLElement, field: string): HTMLElement {
  const found = row.querySelector<HTMLElement>(`[data-field="${field}"]`);
  if (!found) throw new Error(`No ${field} cell in row ${row.getAttribute('data-id') ?? '?'}`);
  return found;
}

/**
 * Time passes on the gateway while the signed-in visitor keeps working: their sessions move
 * along with the clock, so a jump of hours or days tests the orders, not the idle limit.
 */
export function advanceGatewayClock(ms: number): void {
  const gateway = getGateway();
  gateway.clock.advance(ms);
  for (const session of gateway.access.state.sessions.all()) {
    session.createdAt += ms;
    session.lastActiveAt += ms;
  }
}

/**
 * Opens the monitor's filters panel, whose code (with the pickers, MUI and its theme) is fetched
 * when it is first opened: on a loaded machine that takes a while.
 */
export async function openFilters(ui: ReturnType<typeof renderApp>, name = 'Фильтры'): Promise<HTMLElement> {
  await ui.user.click(screen.getByRole('button', { name }));
  const region = name === 'Фильтры' ? 'Фильтры заказов' : 'Order filters';
  return screen.findByRole('region', { name: region }, { timeout: 20_000 });
}
