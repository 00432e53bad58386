/**
 * The narrow window, where the list and the reader take turns (the same width
 * as the media query in styles/layout.css): a 900 px window at 125 % zoom or more.
 */
const NARROW_WINDOW_QUERY = '(max-width: 760px)';

/** True while the window is narrow enough that the reader stands in for the list. */
export function isNarrowWindow(): boolean {
  return window.matchMedia(NARROW_WINDOW_QUERY).matches;
}
