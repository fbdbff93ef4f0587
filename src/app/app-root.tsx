import { useCallback } from 'react';
import { RouterProvider } from 'react-router';
import { NavigationPending } from '@/components/navigation-pending';
import type { CabinetApp } from './cabinet-app';
import { AppProviders } from './providers';

export function AppRoot({ app }: { app: CabinetApp }) {
  const isNavigating = useCallback(() => app.router.state.navigation.state !== 'idle', [app.router]);
  return (
    <AppProviders queryClient={app.queryClient}>
      <NavigationPending.Provider value={isNavigating}>
        {/*
          Router updates are plain state updates, not transitions: a transition that a query's
          answer interrupts starts over from the root, and a filter's new rows waited for it.
        */}
        <RouterProvider router={app.router} useTransitions={false} />
      </NavigationPending.Provider>
    </AppProviders>
  );
}
