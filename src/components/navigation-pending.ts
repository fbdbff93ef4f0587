import { createContext } from 'react';

/**
 * Asks the router, at the moment of asking, whether it is on its way to another address. A
 * change that waits for its data before it navigates must not cut such a navigation short: the
 * later intent wins. A function rather than a value, so nothing re-renders when it changes.
 */
export const NavigationPending = createContext<() => boolean>(() => false);
