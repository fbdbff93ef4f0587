import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { writeCsrfToken } from '@/api/csrf-token';
import { resetServerClock } from '@/api/server-clock';
import { i18n } from '@/lib/i18n/i18n';
import { configureMocks, resetMockConfig } from '../../mocks/handlers/config';
import { resetGateway } from '../../mocks/runtime';
import { server } from '../../mocks/node';

// The data grid re-renders a whole page per interaction; on a loaded two-core machine that can
// take over a second in jsdom, so waits get more room than the library's 1 s default.
configure({ asyncUtilTimeout: 5_000 });

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // jsdom does not scroll; the router's scroll restoration only needs the call to exist.
  window.scrollTo = () => undefined;
  // MUI's theme and styling load with the first page or popup drawn with MUI. Each test file
  // evaluates its modules afresh, so that first one would otherwise pay seconds of module
  // evaluation inside a test's wait.
  await import('@/components/theme/cabinet-theme');
}, 30_000);

beforeEach(async () => {
  localStorage.clear();
  writeCsrfToken(null);
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
  resetGateway();
  resetServerClock();
  resetMockConfig();
  configureMocks({ latencyMs: 0 });
  await i18n.changeLanguage('ru');
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
});

afterAll(() => server.close());
