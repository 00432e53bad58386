import { describe, expect, it } from 'vitest';
import { stackMarginNotes, type MarginItem } from '../../../renderer/reader/margin-layout.ts';

function overlaps(items: MarginItem[], placed: Array<{ id: number; top: number }>, gap: number): boolean {
  const boxes = placed
    .map((p) => ({ top: p.top, bottom: p.top + items.find((i) => i.id === p.id)!.height }))
    .sort((a, b) => a.top - b.top);
  return boxes.some((box, i) => i > 0 && box.top < boxes[i - 1]!.bottom + gap);
}

describe('margin notes', () => {
  it('sit level with their highlights when there is room', () => {
    const items = [
      { id: 1, top: 10, height: 40 },
      { id: 2, top: 200, height: 60 },
    ];
    expect(stackMarginNotes(items, { gap: 8 })).toEqual([
      { id: 1, top: 10 },
      { id: 2, top: 200 },
    ]);
  });

  it('stack downwards where they would overlap, in reading order', () => {
    const items = [
      { id: 3, top: 120, height: 50 },
      { id: 1, top: 100, height: 50 },
      { id: 2, top: 110, height: 30 },
    ];
    const placed = stackMarginNotes(items, { gap: 10 });
    expect(placed).toEqual([
      { id: 1, top: 100 },
      { id: 2, top: 160 },
      { id: 3, top: 200 },
    ]);
    expect(overlaps(items, placed, 10)).toBe(false);
  });

  it('keep the active note level with its highlight: the ones before it move up', () => {
    const items = [
      { id: 1, top: 100, height: 80 },
      { id: 2, top: 120, height: 40 },
      { id: 3, top: 130, height: 40 },
    ];
    const placed = stackMarginNotes(items, { gap: 10, pinnedId: 2 });
    expect(placed.find((p) => p.id === 2)!.top).toBe(120);
    expect(placed.find((p) => p.id === 1)!.top).toBe(30);
    expect(placed.find((p) => p.id === 3)!.top).toBe(170);
    expect(overlaps(items, placed, 10)).toBe(false);
  });

  it('never go above the top of the margin, even for the active note', () => {
    const items = [
      { id: 1, top: 0, height: 80 },
      { id: 2, top: 20, height: 40 },
    ];
    const placed = stackMarginNotes(items, { gap: 10, pinnedId: 2 });
    expect(placed).toEqual([
      { id: 1, top: 0 },
      { id: 2, top: 90 },
    ]);
    expect(stackMarginNotes([{ id: 9, top: -30, height: 10 }])).toEqual([{ id: 9, top: 0 }]);
  });

  it('place many notes without any overlap', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ id: i + 1, top: (i * 37) % 300, height: 20 + ((i * 13) % 50) }));
    for (const pinnedId of [null, 7, 33]) expect(overlaps(items, stackMarginNotes(items, { gap: 6, pinnedId }), 6)).toBe(false);
  });
});
