import { describe, expect, it } from 'vitest';
import { placeFloating } from '../../../renderer/reader/floating.ts';

const view = { top: 1000, bottom: 1600, width: 800 };
const size = { width: 200, height: 40 };

describe('placing the toolbar and the popover', () => {
  it('goes above a selection, centred on it', () => {
    expect(placeFloating({ anchor: { top: 1200, bottom: 1220, left: 300, right: 400 }, size, view, prefer: 'above', align: 'center', gap: 10 })).toEqual({
      top: 1150,
      left: 250,
      side: 'above',
    });
  });

  it('goes below when there is no room above in view, and the other way round', () => {
    expect(placeFloating({ anchor: { top: 1020, bottom: 1040, left: 300, right: 400 }, size, view, prefer: 'above', align: 'center', gap: 10 }).side).toBe('below');
    expect(placeFloating({ anchor: { top: 1570, bottom: 1590, left: 300, right: 400 }, size, view, prefer: 'below', align: 'start' })).toMatchObject({ side: 'above', top: 1522 });
  });

  it('stays inside the content across', () => {
    expect(placeFloating({ anchor: { top: 1200, bottom: 1220, left: 0, right: 20 }, size, view, prefer: 'above', align: 'center', inset: 8 }).left).toBe(8);
    expect(placeFloating({ anchor: { top: 1200, bottom: 1220, left: 780, right: 800 }, size, view, prefer: 'below', align: 'start', inset: 12 }).left).toBe(588);
  });
});
