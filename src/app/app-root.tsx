import { RouterProvider } from 'react-router';
import type { CabinetApp } from './cabinet-app';
import { AppProviders } from './providers';

export function AppRoot({ app }: { app: CabinetApp }) {
  return (
    <AppProviders queryClient={app.queryClient}>
      <RouterProvider router={app.router} />
    </AppProviders>
  );
}
