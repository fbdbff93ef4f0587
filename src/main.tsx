import '@/styles/base.css';
import '@/api/zod-setup';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { AppRoot } from '@/app/app-root';
import { createCabinetApp } from '@/app/cabinet-app';
import { firstPageLoaded } from '@/app/first-page';
import { registerDemoControls } from '@/lib/demo-controls';
import { languageReady } from '@/lib/i18n/i18n';

async function start(): Promise<void> {
  // A literal comparison the bundler folds away: production builds carry no mock code at all.
  if (import.meta.env.VITE_MOCKS === 'on') {
    const { startMockWorker } = await import('../mocks/browser');
    registerDemoControls(await startMockWorker());
  }
  await languageReady;
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element');
  const app = createCabinetApp((routes) => createBrowserRouter(routes));
  await firstPageLoaded(app.router);
  const root = createRoot(container);
  // The first page is rendered as a transition: React yields to the browser between pieces of
  // it, so input and painting are never blocked for the whole page's render at once.
  startTransition(() =>
    root.render(
      <StrictMode>
        <AppRoot app={app} />
      </StrictMode>,
    ),
  );
}

void start();
