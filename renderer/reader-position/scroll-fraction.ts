/** Reading position as a fraction of an element's scrollable height: the same place at any window or text size. */

/** At or past this fraction the reader has reached the end (the status is still theirs to set). */
export const END_OF_ARTICLE = 0.98;

/** How far down `scrollTop` is, 0..1; null when the element does not scroll (everything is in view). */
export function scrollFraction(scrollTop: number, scrollHeight: number, clientHeight: number): number | null {
  const range = scrollHeight - clientHeight;
  if (range < 1) return null;
  return clampFraction(scrollTop / range);
}

/** The scrollTop that shows `fraction` of the scrollable height. */
export function scrollTopFor(fraction: number, scrollHeight: number, clientHeight: number): number {
  const range = scrollHeight - clientHeight;
  if (range < 1) return 0;
  return Math.round(clampFraction(fraction) * range);
}

export function clampFraction(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

/** Four decimals: a tenth of a pixel on a 100,000-pixel article, and a tidy number in the library. */
export function roundFraction(value: number): number {
  return Math.round(clampFraction(value) * 10_000) / 10_000;
}
