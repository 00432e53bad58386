/**
 * Where a floating element (the selection toolbar, a highlight's popover)
 * goes next to what it belongs to, in the coordinates of the scrolling
 * content it sits in: on the preferred side if it fits in the visible part,
 * else on the other side; across, centred or start-aligned, kept inside.
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
  const fitsAbove = above >= view.top;
  const fitsBelow = below + size.height <= view.bottom;
  let side: 'above' | 'below' = input.prefer;
  if (side === 'above' && !fitsAbove && fitsBelow) side = 'below';
  else if (side === 'below' && !fitsBelow && fitsAbove) side = 'above';
  const wanted = input.align === 'center' ? (anchor.left + anchor.right) / 2 - size.width / 2 : anchor.left;
  const maxLeft = Math.max(inset, view.width - inset - size.width);
  const left = Math.min(Math.max(inset, wanted), maxLeft);
  return { top: side === 'above' ? Math.max(0, above) : below, left, side };
}
