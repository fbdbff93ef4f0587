import { useState } from 'react';

/**
 * A button's popup (menu, popover) whose code is fetched when the button is first pointed at or
 * focused, and which is rendered only while open: a page of such buttons carries none of it.
 * `load` is the popup module's import; `popupId` names the popup for `aria-controls`.
 */
export function useLazyPopup(load: () => Promise<unknown>, popupId: string) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return {
    anchor,
    open: (element: HTMLElement) => setAnchor(element),
    close: () => setAnchor(null),
    /** For the button: its state, and the fetch ahead of the first click. */
    triggerProps: {
      'aria-expanded': anchor !== null,
      'aria-controls': anchor ? popupId : undefined,
      onPointerEnter: () => void load(),
      onFocus: () => void load(),
    },
  };
}
