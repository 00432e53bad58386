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

describe('near the edges of the window', () => {
  const tall = { width: 340, height: 420 };

  it('takes the roomier side when it fits on neither, and stays inside the visible part', () => {
    const nearTop = placeFloating({ anchor: { top: 1150, bottom: 1170, left: 100, right: 200 }, size: tall, view, prefer: 'above', align: 'start' });
    expect(nearTop.side).toBe('below');
    expect(nearTop.top + tall.height).toBeLessThanOrEqual(view.bottom);
    const nearBottom = placeFloating({ anchor: { top: 1450, bottom: 1470, left: 100, right: 200 }, size: tall, view, prefer: 'below', align: 'start' });
    expect(nearBottom.side).toBe('above');
    expect(nearBottom.top).toBeGreaterThanOrEqual(view.top);
  });

  it('is kept in view when what it belongs to is scrolled partly out of sight', () => {
    expect(placeFloating({ anchor: { top: 900, bottom: 1004, left: 100, right: 200 }, size, view, prefer: 'below', align: 'start', gap: 8 }).top).toBe(1012);
    expect(placeFloating({ anchor: { top: 900, bottom: 960, left: 100, right: 200 }, size, view, prefer: 'above', align: 'center' }).top).toBe(view.top);
    expect(placeFloating({ anchor: { top: 1620, bottom: 1640, left: 100, right: 200 }, size, view, prefer: 'below', align: 'start' }).top).toBe(view.bottom - size.height);
  });

  it('is kept in view when it is taller than the view', () => {
    expect(placeFloating({ anchor: { top: 1300, bottom: 1320, left: 100, right: 200 }, size: { width: 200, height: 900 }, view, prefer: 'below', align: 'start' }).top).toBe(view.top);
  });

  it.each([
    ['left', 0, 8],
    ['right', 800, 800 - 8 - 200],
  ])('stays inside the %s edge', (_edge, x, left) => {
    expect(placeFloating({ anchor: { top: 1200, bottom: 1220, left: x, right: x }, size, view, prefer: 'above', align: 'center' }).left).toBe(left);
  });
});
