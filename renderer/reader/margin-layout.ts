/**
 * Margin notes sit beside their highlights. Each wants to start level with
 * its highlight's first line; where two would overlap, they stack. The note
 * that is active stays level with its highlight and the others make way, the
 * ones before it moving up and the ones after it moving down, never above the
 * top of the margin.
 */

export interface MarginItem {
  id: number;
  /** Where the note wants its top: level with the highlight's first line. */
  top: number;
  height: number;
}

export interface PlacedMarginItem {
  id: number;
  top: number;
}

export function stackMarginNotes(items: readonly MarginItem[], options: { gap?: number; pinnedId?: number | null } = {}): PlacedMarginItem[] {
  const gap = options.gap ?? 8;
  const sorted = items
    .map((item, index) => ({ ...item, index, top: Math.max(0, item.top) }))
    .sort((a, b) => a.top - b.top || a.index - b.index);
  const tops = sorted.map((item) => item.top);
  const pinned = options.pinnedId === undefined || options.pinnedId === null ? -1 : sorted.findIndex((item) => item.id === options.pinnedId);

  // Downwards from the pinned note (or from the first): each starts below the one before.
  for (let i = Math.max(1, pinned + 1); i < sorted.length; i++) {
    tops[i] = Math.max(tops[i]!, tops[i - 1]! + sorted[i - 1]!.height + gap);
  }
  if (pinned > 0) {
    // Upwards from the pinned note: each ends above the one after.
    for (let i = pinned - 1; i >= 0; i--) {
      tops[i] = Math.min(tops[i]!, tops[i + 1]! - sorted[i]!.height - gap);
    }
    // The top of the margin is a wall: what would cross it comes back down, pushing the rest.
    if (tops[0]! < 0) {
      tops[0] = 0;
      for (let i = 1; i < sorted.length; i++) tops[i] = Math.max(tops[i]!, tops[i - 1]! + sorted[i - 1]!.height + gap);
    }
  }
  return sorted.map((item, i) => ({ id: item.id, top: tops[i]! }));
}
