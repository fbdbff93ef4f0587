import { useCallback, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

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
  onFocus: (event: React.FocusEvent<HTMLElement>) => void;
}

/**
 * The ARIA grid's keyboard model: the grid is one Tab stop (the cell last visited, or the first
 * one), arrows move between cells, Home/End to the row's ends, Ctrl+Home/End to the grid's
 * corners. Controls inside cells come from other components too, so the tab order is kept on
 * the DOM after each render rather than by each control's props.
 */
export function useRovingGrid(): RovingGrid {
  const ref = useRef<HTMLTableElement | null>(null);
  const active = useRef<{ row: number; col: number }>({ row: 1, col: 0 });

  const grid = useCallback(() => {
    const table = ref.current;
    return table ? [...table.querySelectorAll('[role="row"]')].map(cellsOf).filter((cells) => cells.length > 0) : [];
  }, []);

  const current = useCallback((): HTMLElement | null => {
    const rows = grid();
    if (rows.length === 0) return null;
    const row = rows[Math.min(active.current.row, rows.length - 1)]!;
    return row[Math.min(active.current.col, row.length - 1)] ?? null;
  }, [grid]);

  // After every render: exactly one element of the grid in the tab order.
  useLayoutEffect(() => {
    const table = ref.current;
    if (!table) return;
    const stop = current();
    const target = stop ? targetOf(stop) : null;
    for (const element of table.querySelectorAll<HTMLElement>(`${FOCUSABLE}, ${CELL}`)) {
      element.tabIndex = element === target ? 0 : -1;
    }
  });

  const moveTo = useCallback(
    (row: number, col: number) => {
      const rows = grid();
      const r = Math.max(0, Math.min(row, rows.length - 1));
      const cells = rows[r];
      if (!cells) return;
      const c = Math.max(0, Math.min(col, cells.length - 1));
      active.current = { row: r, col: c };
      const table = ref.current;
      const target = targetOf(cells[c]!);
      for (const element of table?.querySelectorAll<HTMLElement>('[tabindex="0"]') ?? []) element.tabIndex = -1;
      target.tabIndex = 0;
      target.focus();
    },
    [grid],
  );

  const onFocus = useCallback(
    (event: React.FocusEvent<HTMLElement>) => {
      const cell = (event.target as Element).closest<HTMLElement>(CELL);
      if (!cell) return;
      const rows = grid();
      const row = rows.findIndex((cells) => cells.includes(cell));
      if (row >= 0) active.current = { row, col: rows[row]!.indexOf(cell) };
    },
    [grid],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      // Keys inside a menu opened from a cell (a portal elsewhere in the page) are the menu's.
      if (!ref.current?.contains(event.target as Node)) return;
      const { row, col } = active.current;
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
      moveTo(move[0], move[1]);
    },
    [moveTo],
  );

  return { ref, onKeyDown, onFocus };
}
