/**
 * Where a floating element (the selection toolbar, a highlight's popover)
 * goes next to what it belongs to, in the coordinates of the scrolling
 * content it sits in: on the preferred side if it fits in the visible part,
 * else on the other side (or the roomier one when it fits on neither), and
 * always kept inside the visible part, near every edge of the window;
 * across, centred or start-aligned, kept inside.
 */

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface FloatingInput {
  /** What the element belongs to. */
  anchor: Box;
  /** The element's own size. */
  size: { width: number; height: number };
  /** The visible part of the scrolling content, and its full width. */
  view: { top: number; bottom: number; width: number };
  prefer: 'above' | 'below';
  align: 'center' | 'start';
  gap?: number;
  /** Distance kept from the content's left and right edges. */
  inset?: number;
}

export interface FloatingPlacement {
  top: number;
  left: number;
  side: 'above' | 'below';
}

export function placeFloating(input: FloatingInput): FloatingPlacement {
  const gap = input.gap ?? 8;
  const inset = input.inset ?? 8;
  const { anchor, size, view } = input;
  const above = anchor.top - gap - size.height;
  const below = anchor.bottom + gap;
  const roomAbove = anchor.top - gap - view.top;
  const roomBelow = view.bottom - below;
  const fitsAbove = size.height <= roomAbove;
  const fitsBelow = size.height <= roomBelow;
  let side: 'above' | 'below' = input.prefer;
  if (side === 'above' && !fitsAbove && (fitsBelow || roomBelow > roomAbove)) side = 'below';
  else if (side === 'below' && !fitsBelow && (fitsAbove || roomAbove > roomBelow)) side = 'above';
  // Never outside the visible part: an element that fits on neither side covers some of what it belongs to instead.
  const lowest = Math.max(view.top, view.bottom - size.height);
  const top = Math.min(Math.max(side === 'above' ? above : below, view.top), lowest);
  const wanted = input.align === 'center' ? (anchor.left + anchor.right) / 2 - size.width / 2 : anchor.left;
  const maxLeft = Math.max(inset, view.width - inset - size.width);
  const left = Math.min(Math.max(inset, wanted), maxLeft);
  return { top, left, side };
}
