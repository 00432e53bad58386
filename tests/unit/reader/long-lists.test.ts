/** Long lists: pages fetched where the person scrolls, and choosing several rows with Shift and Ctrl. */
import { describe, expect, it } from 'vitest';
import { isLoaded, pagesCovering, placePage } from '../../../renderer/list/paged.ts';
import { EMPTY_SELECTION, gestureOf, select, type MultiSelection } from '../../../renderer/list/selection.ts';

describe('pages of a long list', () => {
  it.each([
    [0, 20, 100, 10_000, [0]],
    [95, 130, 100, 10_000, [0, 1]],
    [9_990, 10_010, 100, 10_000, [99]],
    [50, 60, 100, 40, []],
    [0, 0, 100, 10, []],
  ])('rows %i–%i in pages of %i of %i are in pages %j', (start, end, size, total, pages) => {
    expect(pagesCovering(start, end, size, total)).toEqual(pages);
  });

  it('places a page into a sparse list, keeps the others, and drops rows past a smaller total', () => {
    let ids = placePage([], 250, 0, [1, 2, 3]);
    ids = placePage(ids, 250, 200, [7, 8]);
    expect(ids).toHaveLength(250);
    expect([ids[0], ids[2], ids[3], ids[200], ids[201]]).toEqual([1, 3, undefined, 7, 8]);
    expect(isLoaded(ids, 0, 3)).toBe(true);
    expect(isLoaded(ids, 0, 4)).toBe(false);
    const shrunk = placePage(ids, 2, 0, [1, 2, 3]);
    expect(shrunk).toEqual([1, 2]);
  });
});

describe('choosing several rows', () => {
  const ids = [10, 11, 12, undefined, 14, 15];
  const run = (steps: Array<[number, { shiftKey?: boolean; ctrlKey?: boolean; metaKey?: boolean }]>): MultiSelection =>
    steps.reduce(
      (current, [index, keys]) => select(current, ids, index, gestureOf({ shiftKey: false, ctrlKey: false, metaKey: false, ...keys })),
      EMPTY_SELECTION,
    );

  it.each<[string, Array<[number, { shiftKey?: boolean; ctrlKey?: boolean; metaKey?: boolean }]>, number[]]>([
    ['a click chooses one row', [[0, {}], [2, {}]], [12]],
    ['Ctrl adds a row, and removes it again', [[0, {}], [2, { ctrlKey: true }], [4, { metaKey: true }], [2, { ctrlKey: true }]], [10, 14]],
    ['Shift chooses from the anchor, skipping rows not loaded', [[1, {}], [5, { shiftKey: true }]], [11, 12, 14, 15]],
    ['Shift upwards', [[4, {}], [1, { shiftKey: true }]], [11, 12, 14]],
    ['Shift again moves the end, not the anchor', [[1, {}], [5, { shiftKey: true }], [2, { shiftKey: true }]], [11, 12]],
    ['Ctrl+Shift adds a range to what is chosen', [[0, {}], [4, { ctrlKey: true }], [5, { ctrlKey: true, shiftKey: true }]], [10, 14, 15]],
    ['a row not loaded changes nothing', [[0, {}], [3, {}]], [10]],
  ])('%s', (_, steps, expected) => {
    expect([...run(steps).ids].sort((a, b) => a - b)).toEqual(expected);
  });
});
