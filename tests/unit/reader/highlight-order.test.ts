import { describe, expect, it } from 'vitest';
import { adjacentHighlight, paintOrder } from '../../../renderer/reader/highlight-order.ts';

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
