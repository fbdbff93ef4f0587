import { useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

const CELL = '[role="gridcell"], [role="columnheader"]';
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';
const CONTROL = 'a[href], button:not([disabled]), input:not([disabled])';

/** Cells laid out on screen; a phone layout hides some (jsdom lays out nothing: all count). */
function cellsOf(row: Element): HTMLElement[] {
  const cells = [...row.querySelectorAll<HTMLElement>(CELL)];
  const shown = cells.filter((cell) => cell.getClientRects().length > 0);
  return shown.length > 0 ? shown : cells;
}

/** What takes the focus in a cell: its one control (a link, a checkbox, a menu button), else the cell. */
function targetOf(cell: HTMLElement): HTMLElement {
  return cell.querySelector<HTMLElement>(CONTROL) ?? cell;
}

export interface RovingGrid {
  ref: RefObject<HTMLTableElement | null>;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onFocus: (event: FocusEvent<HTMLElement>) => void;
}

/**
 * The ARIA grid's keyboard model: the grid is one Tab stop (the cell last visited, or the first
 * one), arrows move between cells, Home/End to the row's ends, Ctrl+Home/End to the grid's
 * corners. Controls inside cells come from other components too, so the tab order is kept on
 * the DOM after each render rather than by each control's props.
 */
export function useRovingGrid(): RovingGrid {
  const ref = useRef<HTMLTableElement | null>(null);
  /** The cell last visited; the grid's Tab stop while it is still on the page. */
  const active = useRef<HTMLElement | null>(null);

  // After every render: exactly one element of the grid in the tab order. No layout is read
  // here (that would cost a forced reflow per render); only key presses measure the grid.
  useLayoutEffect(() => {
    const table = ref.current;
    if (!table) return;
    const kept = active.current !== null && table.contains(active.current) ? active.current : null;
    const stop = kept ?? table.querySelector<HTMLElement>(`tbody ${CELL}`) ?? table.querySelector<HTMLElement>(CELL);
    const target = stop ? targetOf(stop) : null;
    for (const element of table.querySelectorAll<HTMLElement>(`${FOCUSABLE}, ${CELL}`)) {
      // Compared as attributes: what the DOM reports for an element without one varies.
      const tabIndex = element === target ? '0' : '-1';
      if (element.getAttribute('tabindex') !== tabIndex) element.setAttribute('tabindex', tabIndex);
    }
  });

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const cell = (event.target as Element).closest<HTMLElement>(CELL);
    if (cell) active.current = cell;
  }, []);

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => {
    const table = ref.current;
    // Keys inside a menu opened from a cell (a portal elsewhere in the page) are the menu's.
    if (!table?.contains(event.target as Node)) return;
    const rows = [...table.querySelectorAll('[role="row"]')].map(cellsOf).filter((cells) => cells.length > 0);
    const cell = (event.target as Element).closest<HTMLElement>(CELL);
    const row = rows.findIndex((cells) => cell !== null && cells.includes(cell));
    if (row < 0) return;
    const col = rows[row]!.indexOf(cell!);
    const last = Number.MAX_SAFE_INTEGER;
    const moves: Record<string, [number, number] | undefined> = {
      ArrowDown: [row + 1, col],
      ArrowUp: [row - 1, col],
      ArrowRight: [row, col + 1],
      ArrowLeft: [row, col - 1],
      Home: event.ctrlKey ? [0, 0] : [row, 0],
      End: event.ctrlKey ? [last, last] : [row, last],
      PageDown: [row + 10, col],
      PageUp: [Math.max(1, row - 10), col],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const cells = rows[Math.max(0, Math.min(move[0], rows.length - 1))]!;
    const next = cells[Math.max(0, Math.min(move[1], cells.length - 1))]!;
    active.current = next;
    const target = targetOf(next);
    for (const element of table.querySelectorAll<HTMLElement>('[tabindex="0"]')) element.tabIndex = -1;
    target.tabIndex = 0;
    target.focus();
  }, []);

  return { ref, onKeyDown, onFocus };
}
