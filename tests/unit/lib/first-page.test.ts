import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { firstPageLoaded } from '@/app/first-page';

/** A router whose only page loads until `answer` is called. */
function routerWithPendingPage() {
  let answer = () => {};
  const loaded = new Promise<null>((resolve) => {
    answer = () => resolve(null);
  });
  const router = createMemoryRouter([{ path: '/', loader: () => loaded, Component: () => null }]);
  return { router, answer };
}

const settledWithin = async (promise: Promise<void>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);

describe('the first render waiting for its page', () => {
  it('waits while the page loads and goes on as soon as it has loaded', async () => {
    const { router, answer } = routerWithPendingPage();
    const waiting = firstPageLoaded(router, 60_000);
    expect(await settledWithin(waiting, 50)).toBe(false);
    answer();
    expect(await settledWithin(waiting, 1_000)).toBe(true);
    expect(router.state.initialized).toBe(true);
    router.dispose();
  });

  it('stops waiting after the limit, so a slow page shows its loading state', async () => {
    const { router, answer } = routerWithPendingPage();
    expect(await settledWithin(firstPageLoaded(router, 20), 1_000)).toBe(true);
    expect(router.state.initialized).toBe(false);
    answer();
    router.dispose();
  });

  it('does not wait for a page already loaded', async () => {
    const router = createMemoryRouter([{ path: '/', Component: () => null }]);
    expect(await settledWithin(firstPageLoaded(router, 60_000), 50)).toBe(true);
    router.dispose();
  });
});
