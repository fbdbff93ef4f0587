import type { QueryClient } from '@tanstack/react-query';
import { Outlet, ScrollRestoration, type RouteObject } from 'react-router';
import type { ComponentType } from 'react';
import { LoadingState } from '@/components/loading-state';
import { themedComponent } from '@/components/theme/lazy-themed';
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
 * A page drawn with MUI: its route module and MUI's theme load together, and it renders in the
 * theme. The pages drawn without MUI (sign-in, the orders monitor) load neither MUI nor theme.
 */
const themedPage = (load: () => Promise<{ Component: ComponentType }>) => async () => ({
  Component: await themedComponent(() => load().then((module) => module.Component)),
});

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
        { path: 'welcome', loader: setupLoader(queryClient), lazy: themedPage(() => import('./setup-route')) },
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
              lazy: themedPage(() => import('./users-route')),
              ErrorBoundary: ShellError,
            },
            {
              path: 'audit',
              loader: rightLoader(queryClient, 'audit'),
              lazy: themedPage(() => import('./audit-route')),
              ErrorBoundary: ShellError,
            },
            {
              path: 'account',
              loader: rightLoader(queryClient, null),
              lazy: themedPage(() => import('./account-route')),
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
                  lazy: themedPage(() => import('./awaiting-route')),
                  ErrorBoundary: RouteError,
                },
                {
                  path: 'notifications',
                  loader: rightLoader(queryClient, 'notifications'),
                  lazy: themedPage(() => import('./notifications-route')),
                  ErrorBoundary: RouteError,
                },
                {
                  path: 'web-service',
                  loader: rightLoader(queryClient, 'web-service'),
                  lazy: themedPage(() => import('./web-service-route')),
                  ErrorBoundary: RouteError,
                },
                {
                  path: 'onboarding',
                  loader: rightLoader(queryClient, 'settings'),
                  lazy: themedPage(() => import('./onboarding-route')),
                  ErrorBoundary: RouteError,
                },
                {
                  path: 'integration',
                  loader: rightLoader(queryClient, 'settings'),
                  lazy: themedPage(() => import('./integration-route')),
                  ErrorBoundary: RouteError,
                },
                {
                  path: 'orders/:billnumber',
                  loader: orderLoader(queryClient),
                  lazy: themedPage(() => import('./order-route')),
                  ErrorBoundary: RouteError,
                },
                { path: 'settings', loader: settingsIndexLoader, element: null },
                {
                  path: 'settings/:group',
                  loader: settingsLoader(queryClient),
                  lazy: themedPage(() => import('./settings-route')),
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
