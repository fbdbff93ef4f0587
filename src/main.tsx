import '@/api/zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { AppRoot } from '@/app/app-root';
import { createCabinetApp } from '@/app/cabinet-app';
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
  createRoot(container).render(
    <StrictMode>
      <AppRoot app={app} />
    </StrictMode>,
  );
}

void start();
