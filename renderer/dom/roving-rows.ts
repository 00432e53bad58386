/**
 * Roving focus over a list of rows of controls: the list is one tab stop
 * instead of one per control (three per name in the entity index). Up and
 * Down go to the same control in the row above or below, Left and Right along
 * the row, Home and End to the first and last row. The control last focused
 * keeps the list's tab stop, also across re-renders.
 */
import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

const CONTROLS = 'button, input, select, a[href]';
const MOVES = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

interface Spot {
  row: number;
  column: number;
}

function rowsOf(list: HTMLElement): HTMLElement[][] {
  return [...list.children].map((row) => [...row.querySelectorAll<HTMLElement>(CONTROLS)]);
}

/** Where a key moves focus from `from`, or null for keys the list leaves alone. */
export function movedSpot(key: string, from: Spot, rows: ReadonlyArray<{ length: number }>): Spot | null {
  if (!MOVES.has(key)) return null;
  const last = rows.length - 1;
  const row = key === 'ArrowUp' ? from.row - 1 : key === 'ArrowDown' ? from.row + 1 : key === 'Home' ? 0 : key === 'End' ? last : from.row;
  const column = key === 'ArrowLeft' ? from.column - 1 : key === 'ArrowRight' ? from.column + 1 : from.column;
  if (row < 0 || row > last) return from;
  const width = rows[row]!.length;
  return { row, column: Math.max(0, Math.min(column, width - 1)) };
}

/** `startColumn`: the control of the first row that holds the tab stop until another is focused. */
export function useRovingRows(
  listRef: RefObject<HTMLElement | null>,
  startColumn = 0,
): {
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onFocus: (event: FocusEvent<HTMLElement>) => void;
} {
  const spot = useRef<Spot>({ row: 0, column: startColumn });

  // After every render: rows may have come or gone, and new controls are tabbable by default.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const rows = rowsOf(list);
    const row = Math.min(spot.current.row, rows.length - 1);
    const column = Math.min(spot.current.column, (rows[row]?.length ?? 1) - 1);
    spot.current = { row: Math.max(row, 0), column: Math.max(column, 0) };
    rows.forEach((controls, r) => controls.forEach((control, c) => (control.tabIndex = r === spot.current.row && c === spot.current.column ? 0 : -1)));
  });

  const moveTo = (list: HTMLElement, to: Spot) => {
    const rows = rowsOf(list);
    rows[spot.current.row]?.[spot.current.column]?.setAttribute('tabindex', '-1');
    spot.current = to;
    const target = rows[to.row]?.[to.column];
    if (!target) return;
    target.tabIndex = 0;
    target.focus();
  };

  return {
    onKeyDown(event) {
      const list = listRef.current;
      if (!list || event.altKey || event.ctrlKey || event.metaKey) return;
      const to = movedSpot(event.key, spot.current, rowsOf(list));
      if (!to) return;
      event.preventDefault();
      moveTo(list, to);
    },
    onFocus(event) {
      const list = listRef.current;
      if (!list) return;
      const rows = rowsOf(list);
      const row = rows.findIndex((controls) => controls.includes(event.target));
      if (row < 0) return;
      const column = rows[row]!.indexOf(event.target);
      if (row === spot.current.row && column === spot.current.column) return;
      rows[spot.current.row]?.[spot.current.column]?.setAttribute('tabindex', '-1');
      spot.current = { row, column };
      (event.target).tabIndex = 0;
    },
  };
}
