/**
 * Highlights in reading order, and moving between them with [ and ]. Only
 * highlights placed in the text take part; orphans have nowhere to go.
 */

export interface OrderedHighlight {
  id: number;
  start: number;
  end: number;
}

/** The order marks are painted in: by start, longer first, so that a highlight inside another is the inner mark. */
export function paintOrder<T extends OrderedHighlight>(highlights: readonly T[]): T[] {
  return [...highlights].sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
}

/**
 * The highlight to move to from `activeId` (reading order, `step` +1 or −1).
 * With none active (or the active one gone), ] goes to the first highlight at or after
 * `fromOffset` (the reader's place) and [ to the last one before it. Null at either end.
 */
export function adjacentHighlight(
  highlights: readonly OrderedHighlight[],
  activeId: number | null,
  step: 1 | -1,
  fromOffset = 0,
): number | null {
  const ordered = [...highlights].sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
  const index = activeId === null ? -1 : ordered.findIndex((h) => h.id === activeId);
  if (index >= 0) return ordered[index + step]?.id ?? null;
  if (step === 1) return ordered.find((h) => h.start >= fromOffset)?.id ?? null;
  return ordered.findLast((h) => h.start < fromOffset)?.id ?? null;
}

/** What changed between two paints that can be drawn over the marks already there. */
export interface PaintChanges<T> {
  /** New highlights, to paint. */
  added: T[];
  /** Highlights that kept their place under a new id (one shown before main saved it): their marks are relabelled. */
  renamed: Array<{ from: number; to: number }>;
}

/**
 * The highlights that can be painted on top of what is already painted: those
 * new in `after`, provided everything painted before is still there unchanged
 * (or only renamed, in the same place) and no new one overlaps another
 * (overlaps need the full paint order for their nesting). Null means repaint
 * everything.
 */
export function additionsToPaint<T extends OrderedHighlight>(before: readonly OrderedHighlight[], after: readonly T[]): PaintChanges<T> | null {
  // By id, not by "id:start:end" strings: this runs in the frame of every new highlight, over all 300.
  const sameRange = (a: OrderedHighlight, b: OrderedHighlight) => a.start === b.start && a.end === b.end;
  const beforeById = new Map(before.map((h) => [h.id, h]));
  const afterById = new Map(after.map((h) => [h.id, h]));
  const unchanged = (h: OrderedHighlight, others: Map<number, OrderedHighlight>) => {
    const other = others.get(h.id);
    return other !== undefined && sameRange(other, h);
  };
  let added = after.filter((h) => !unchanged(h, beforeById));
  const renamed: PaintChanges<T>['renamed'] = [];
  for (const gone of before.filter((h) => !unchanged(h, afterById))) {
    const successor = added.find((h) => sameRange(h, gone));
    // Nesting among highlights over the same words follows their ids: a new id there may change it.
    if (!successor || after.some((other) => other !== successor && sameRange(other, successor))) return null;
    renamed.push({ from: gone.id, to: successor.id });
    added = added.filter((h) => h !== successor);
  }
  const overlaps = (a: OrderedHighlight, b: OrderedHighlight) => a.id !== b.id && a.start < b.end && b.start < a.end;
  return added.some((h) => after.some((other) => overlaps(h, other))) ? null : { added, renamed };
}
