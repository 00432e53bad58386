/**
 * Choosing several rows of a long list the way desktop lists do: a click (or
 * Space) chooses one row, Ctrl/⌘ adds or removes one, Shift extends from the
 * anchor (the last row clicked without Shift). Rows are remembered by id, so
 * a list that reloads (a row added above) keeps what was chosen.
 */
import type { SparseIds } from './paged.ts';

export interface MultiSelection {
  /** Chosen rows' ids. */
  ids: number[];
  /** The id a Shift range starts from. */
  anchor: number | null;
}

export type SelectGesture = 'only' | 'toggle' | 'range' | 'add-range';

export const EMPTY_SELECTION: MultiSelection = { ids: [], anchor: null };

/** The gesture a pointer or key event means. */
export function gestureOf(event: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }): SelectGesture {
  const command = event.ctrlKey || event.metaKey;
  if (event.shiftKey) return command ? 'add-range' : 'range';
  return command ? 'toggle' : 'only';
}

/** The loaded ids between two rows, both included (rows not loaded yet are skipped). */
function idsBetween(ids: SparseIds, from: number, to: number): number[] {
  const [low, high] = from <= to ? [from, to] : [to, from];
  const found: number[] = [];
  for (let i = low; i <= high; i++) {
    const id = ids[i];
    if (id !== undefined) found.push(id);
  }
  return found;
}

/** The selection after `gesture` on the row at `index` of `ids`. */
export function select(current: MultiSelection, ids: SparseIds, index: number, gesture: SelectGesture): MultiSelection {
  const id = ids[index];
  if (id === undefined) return current;
  const anchorIndex = current.anchor === null ? -1 : ids.indexOf(current.anchor);
  switch (gesture) {
    case 'only':
      return { ids: [id], anchor: id };
    case 'toggle':
      return { ids: current.ids.includes(id) ? current.ids.filter((i) => i !== id) : [...current.ids, id], anchor: id };
    case 'range':
      if (anchorIndex < 0) return { ids: [id], anchor: id };
      return { ids: idsBetween(ids, anchorIndex, index), anchor: current.anchor };
    case 'add-range':
      if (anchorIndex < 0) return { ids: [...new Set([...current.ids, id])], anchor: id };
      return { ids: [...new Set([...current.ids, ...idsBetween(ids, anchorIndex, index)])], anchor: current.anchor };
  }
}

/** Just one row chosen (and the anchor of the next Shift range); none for null. */
export function selectOnly(id: number | null): MultiSelection {
  return id === null ? EMPTY_SELECTION : { ids: [id], anchor: id };
}

/** The chosen ids in list order (rows not loaded are skipped), for acting on them as the person sees them. */
export function inListOrder(selection: MultiSelection, ids: SparseIds): number[] {
  const chosen = new Set(selection.ids);
  return ids.filter((id): id is number => id !== undefined && chosen.has(id));
}
