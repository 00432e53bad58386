/**
 * Bidirectional controls in names from the web. An embedding, override or
 * isolate (U+202A–U+202E, U+2066–U+2069) that a page leaves open reorders
 * everything drawn after it — the rest of a list row, the window title, a
 * PDF line — so a title can read as something it is not. They are removed
 * from articles' titles, bylines and site names when stored (so every view
 * and export shows them neutral), and from the window and print titles. The
 * deprecated format controls U+206A–U+206F go too. The marks LRM, RLM and ALM stay: they set the direction of the
 * characters beside them, open no scope, and Hebrew and Arabic titles use
 * them properly.
 */

/** The code points removed, as inclusive ranges. */
export const BIDI_CONTROL_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x202a, 0x202e],
  [0x2066, 0x206f],
];

const hex = (code: number) => `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
const BIDI_CONTROLS = new RegExp(`[${BIDI_CONTROL_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')}]`, 'g');

/** The name without bidi controls, the spaces they left doubled closed up. */
export function neutralizeBidiControls(name: string): string {
  const neutral = name.replace(BIDI_CONTROLS, '');
  return neutral === name ? name : neutral.replace(/ {2,}/g, ' ').trim();
}

/** The same for a name that may be missing; one made only of controls is missing. */
export function neutralizeOptionalName(name: string | null): string | null {
  if (name === null) return null;
  const neutral = neutralizeBidiControls(name);
  return neutral === '' ? null : neutral;
}

/** An article's names as they are stored and shown: a title made only of controls becomes “Untitled”. */
export function neutralizeArticleNames<T extends { title: string; byline: string | null; siteName: string | null }>(article: T): T {
  return {
    ...article,
    title: neutralizeBidiControls(article.title) || 'Untitled',
    byline: neutralizeOptionalName(article.byline),
    siteName: neutralizeOptionalName(article.siteName),
  };
}
