import { describe, expect, it } from 'vitest';
import { additionsToPaint, adjacentHighlight, paintOrder } from '../../../renderer/reader/highlight-order.ts';

const list = [
  { id: 4, start: 50, end: 60 },
  { id: 1, start: 10, end: 20 },
  { id: 2, start: 10, end: 40 },
  { id: 3, start: 30, end: 35 },
];

describe('highlights in order', () => {
  it('paints a highlight inside another after it, so that it is the inner mark', () => {
    expect(paintOrder(list).map((h) => h.id)).toEqual([2, 1, 3, 4]);
  });

  it('moves to the next and previous highlight in reading order, stopping at the ends', () => {
    expect(adjacentHighlight(list, 1, 1)).toBe(2);
    expect(adjacentHighlight(list, 2, 1)).toBe(3);
    expect(adjacentHighlight(list, 3, -1)).toBe(2);
    expect(adjacentHighlight(list, 4, 1)).toBeNull();
    expect(adjacentHighlight(list, 1, -1)).toBeNull();
  });

  it('with none active, starts from the reader’s place', () => {
    expect(adjacentHighlight(list, null, 1)).toBe(1);
    expect(adjacentHighlight(list, null, 1, 30)).toBe(3);
    expect(adjacentHighlight(list, null, -1, 30)).toBe(2);
    expect(adjacentHighlight(list, null, -1, Number.MAX_SAFE_INTEGER)).toBe(4);
    expect(adjacentHighlight(list, 99, 1)).toBe(1);
    expect(adjacentHighlight([], null, 1)).toBeNull();
  });
});

describe('painting only what is new', () => {
  const painted = [
    { id: 1, start: 0, end: 10 },
    { id: 2, start: 20, end: 30 },
  ];

  it.each([
    ['a new highlight apart from the others is painted alone', [...painted, { id: 3, start: 40, end: 50 }], [3]],
    ['nothing new paints nothing', painted, []],
    ['a new highlight overlapping another needs the full paint order', [...painted, { id: 3, start: 25, end: 35 }], null],
    ['a highlight that moved needs a repaint', [{ id: 1, start: 0, end: 12 }, painted[1]!], null],
    ['a deleted highlight needs a repaint', [painted[0]!], null],
  ])('%s', (_label, after, expected) => {
    const result = additionsToPaint(painted, after);
    expect(result === null ? null : result.added.map((h) => h.id)).toEqual(expected);
  });

  it('relabels a highlight shown before it was saved when it comes back under its saved id, painting nothing', () => {
    const shown = [...painted, { id: -1, start: 40, end: 50 }];
    expect(additionsToPaint(shown, [...painted, { id: 3, start: 40, end: 50 }])).toEqual({ added: [], renamed: [{ from: -1, to: 3 }] });
  });

  it('repaints when a renamed highlight shares its words with another, whose nesting follows the ids', () => {
    const shown = [...painted, { id: -1, start: 20, end: 30 }];
    expect(additionsToPaint(shown, [...painted, { id: 3, start: 20, end: 30 }])).toBeNull();
  });
});
