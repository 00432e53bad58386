/** Long lists: pages fetched where the person scrolls, and choosing several rows with Shift and Ctrl. */
import { describe, expect, it } from 'vitest';
import { allLoaded, isLoaded, pagesCovering, placePage, withoutIds } from '../../../renderer/list/paged.ts';
import { createPagedLoader, type PagedState } from '../../../renderer/list/paged-loader.ts';
import { EMPTY_SELECTION, gestureOf, inListOrder, select, selectOnly, type MultiSelection } from '../../../renderer/list/selection.ts';
import { tagSuggestions } from '../../../renderer/tags/suggestions.ts';

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

  it('takes rows out of a sparse list: the rows after them, loaded or not, move up', () => {
    const ids = placePage(placePage([], 6, 0, [1, 2]), 6, 4, [5, 6]);
    const next = withoutIds(ids, new Set([2, 5]));
    expect(next).toHaveLength(4);
    expect([next[0], next[1], next[2], next[3]]).toEqual([1, undefined, undefined, 6]);
  });

  it('gives a list as plain ids only when every row is loaded (a briefing to reorder)', () => {
    expect(allLoaded([3, 1, 2])).toEqual([3, 1, 2]);
    expect(allLoaded(placePage([], 3, 0, [3, 1]))).toBeNull();
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

  it('acts on the chosen rows in list order, whatever order they were chosen in', () => {
    const chosen = run([[4, {}], [0, { ctrlKey: true }], [2, { ctrlKey: true }]]);
    expect(chosen.ids).toEqual([14, 10, 12]);
    expect(inListOrder(chosen, ids)).toEqual([10, 12, 14]);
    expect(selectOnly(11)).toEqual({ ids: [11], anchor: 11 });
    expect(selectOnly(null)).toEqual(EMPTY_SELECTION);
  });
});

describe('tag suggestions', () => {
  const all = [
    { id: 1, name: 'Grain' },
    { id: 2, name: 'Ports' },
    { id: 3, name: 'Airports' },
    { id: 4, name: 'Passports' },
  ];
  it.each([
    ['', [], ['Grain', 'Ports', 'Airports', 'Passports']],
    ['port', [], ['Ports', 'Airports', 'Passports']],
    ['PORT', [{ id: 2, name: 'Ports' }], ['Airports', 'Passports']],
    ['zz', [], []],
  ])('for %j, with %j already on the item, offers %j (names starting with it first)', (text, on, expected) => {
    expect(tagSuggestions(all, on, text).map((t) => t.name)).toEqual(expected);
  });
});

describe('fetching a long list where the person scrolls', () => {
  function setup(total: number) {
    let state: PagedState<{ id: number }> = { ids: [], byId: {}, total: 0, status: 'idle', error: null };
    const asked: number[] = [];
    const reports: string[] = [];
    let filter = 0;
    const loader = createPagedLoader<{ id: number }>({
      pageSize: 100,
      noun: 'articles',
      idOf: (item) => item.id,
      fetchPage: (offset, limit) => {
        asked.push(offset);
        const from = filter;
        const items = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({ id: from + offset + i + 1 }));
        return Promise.resolve({ items, total });
      },
      read: () => state,
      write: (change) => {
        state = { ...state, ...change(state) };
      },
      report: (title) => reports.push(title),
    });
    return { loader, asked, reports, state: () => state, setFilter: (value: number) => (filter = value) };
  }

  it('loads the first page, then only the pages scrolled to, each once', async () => {
    const { loader, asked, state } = setup(10_000);
    await loader.load();
    expect(state()).toMatchObject({ total: 10_000, status: 'ready' });
    expect(state().ids).toHaveLength(10_000);
    expect(state().ids[99]).toBe(100);
    expect(state().ids[100]).toBeUndefined();
    await Promise.all([loader.loadRange(9_950, 10_000), loader.loadRange(9_960, 10_000)]);
    await loader.loadRange(20, 60);
    expect(asked).toEqual([0, 9_900]);
    expect(state().ids[9_999]).toBe(10_000);
  });

  it('refreshes the first page and the pages in view, in place', async () => {
    const { loader, asked, state, setFilter } = setup(1_000);
    await loader.load();
    await loader.loadRange(450, 480);
    setFilter(5_000);
    await loader.load({ refresh: true });
    expect(asked).toEqual([0, 400, 0, 400]);
    expect(state().ids[450]).toBe(5_451);
    expect(state().status).toBe('ready');
  });

  it('drops pages that answer after the list was loaded again', async () => {
    const { loader, state, setFilter } = setup(1_000);
    await loader.load();
    const late = loader.loadRange(700, 720);
    setFilter(5_000);
    const fresh = loader.load();
    await Promise.all([late, fresh]);
    expect(state().ids[700]).toBeUndefined();
    expect(state().ids[0]).toBe(5_001);
  });
});
