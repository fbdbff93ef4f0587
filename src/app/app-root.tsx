import { RouterProvider } from 'react-router';
import type { CabinetApp } from './cabinet-app';
import { AppProviders } from './providers';

export function AppRoot({ app }: { app: CabinetApp }) {
  return (
    <AppProviders queryClient={app.queryClient}>
      {/*
        Router updates are plain state updates, not transitions: a transition that a query's
        answer interrupts starts over from the root, and a filter's new rows waited for it.
      */}
      <RouterProvider router={app.router} useTransitions={false} />
    </AppProviders>
  );
}
