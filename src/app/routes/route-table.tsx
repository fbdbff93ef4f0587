import type { QueryClient } from '@tanstack/react-query';
import { Outlet, ScrollRestoration, type RouteObject } from 'react-router';
import { LoadingState } from '@/components/loading-state';
import {
  homeLoader,
  loginLoader,
  orderLoader,
  ordersLoader,
  revalidateUnlessSearchOnly,
  profileIndexLoader,
  profileLoader,
  rightLoader,
  sessionLoader,
  setupLoader,
} from './loaders';
import { NotFoundContent, RootError, RouteError, ShellError } from './route-error';
import { RouteFocus } from './route-focus';
import { settingsIndexLoader, settingsLoader } from './settings-loader';

function Root() {
  return (
    <>
      <ScrollRestoration />
      <RouteFocus />
      <Outlet />
    </>
  );
}

/**
 * The cabinet's routes. Loaders are defined here, so they start at once; every page's code is
 * its own lazily loaded chunk (the data grid travels only with the orders list).
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: 'root',
      Component: Root,
      ErrorBoundary: RootError,
      HydrateFallback: LoadingState,
      children: [
        { path: 'login', loader: loginLoader(queryClient), lazy: () => import('./login-route') },
        { path: 'welcome', loader: setupLoader(queryClient), lazy: () => import('./setup-route') },
        {
          id: 'authenticated',
          loader: sessionLoader(queryClient),
          shouldRevalidate: revalidateUnlessSearchOnly,
          lazy: () => import('./shell-route'),
          children: [
            // Index routes whose loaders always redirect: there is nothing to render.
            { index: true, loader: homeLoader(queryClient), element: null },
            {
              path: 'users',
              loader: rightLoader(queryClient, 'users'),
              lazy: () => import('./users-route'),
              ErrorBoundary: ShellError,
            },
            {
              path: 'audit',
              loader: rightLoader(queryClient, 'audit'),
              lazy: () => import('./audit-route'),
              ErrorBoundary: ShellError,
            },
            {
              path: 'account',
              loader: rightLoader(queryClient, null),
              lazy: () => import('./account-route'),
              ErrorBoundary: ShellError,
            },
            {
              path: 'p/:profileId',
              loader: profileLoader(queryClient),
              shouldRevalidate: revalidateUnlessSearchOnly,
              lazy: () => import('./profile-route'),
              ErrorBoundary: ShellError,
              children: [
                { index: true, loader: profileIndexLoader, element: null },
                {
                  path: 'orders',
                  loader: ordersLoader(queryClient),
                  shouldRevalidate: revalidateUnlessSearchOnly,
                  lazy: () => import('./orders-route'),
                  ErrorBoundary: RouteError,
                },
                {
                  path: 'awaiting',
                  lazy: () => import('./awaiting-route'),
                  ErrorBoundary: RouteError,
                },
                {
                  path: 'notifications',
                  loader: rightLoader(queryClient, 'notifications'),
                  lazy: () => import('./notifications-route'),
                  ErrorBoundary: RouteError,
                },
                {
                  path: 'web-service',
                  loader: rightLoader(queryClient, 'web-service'),
                  lazy: () => import('./web-service-route'),
                  ErrorBoundary: RouteError,
                },
                {
                  path: 'onboarding',
                  loader: rightLoader(queryClient, 'settings'),
                  lazy: () => import('./onboarding-route'),
                  ErrorBoundary: RouteError,
                },
                {
                  path: 'integration',
                  loader: rightLoader(queryClient, 'settings'),
                  lazy: () => import('./integration-route'),
                  ErrorBoundary: RouteError,
                },
                {
                  path: 'orders/:billnumber',
                  loader: orderLoader(queryClient),
                  lazy: () => import('./order-route'),
                  ErrorBoundary: RouteError,
                },
                { path: 'settings', loader: settingsIndexLoader, element: null },
                {
                  path: 'settings/:group',
                  loader: settingsLoader(queryClient),
                  lazy: () => import('./settings-route'),
                  ErrorBoundary: RouteError,
                },
                // An unknown address inside a profile is still inside the cabinet.
                { path: '*', Component: NotFoundContent },
              ],
            },
          ],
        },
        { path: '*', lazy: () => import('./not-found-route') },
      ],
    },
  ];
}
