/**
 * A browser's copy of a web page carries its HTML (text/html) beside the
 * plain text. Which of the two readings of a paste to keep: the story
 * Readability found in the copied page structure, or the plain-text cleaner's.
 */

/** Fewer story words than this from the copied page structure is not a story. */
export const PAGE_STRUCTURE_MIN_WORDS = 30;
/** The story found in the structure holds at least this share of the copy's words (less: Readability picked a fragment, a caption or a box). */
export const PAGE_STRUCTURE_MIN_SHARE = 0.2;
/**
 * And not many more words than the copy shows (more: the HTML carries text the
 * person never saw, as word processors' and PDF viewers' copies can).
 */
export const PAGE_STRUCTURE_MAX_SHARE = 1.1;
/** Leeway in words for the upper bound: captions and alt text the plain text leaves out. */
const EXTRA_WORDS_ALLOWED = 20;

export interface PastedReadings {
  /** The heading the copied page structure names its story by (h1, else the first h2/h3); null when it has none. */
  pageHeading: string | null;
  /** Words in the story Readability found in the structure; null when it found none. */
  pageWords: number | null;
  /** Words in the copy's plain text. */
  copiedWords: number;
}

/**
 * Whether the story found in a paste's page structure is the better reading:
 * it has a heading for a title, and a length that fits the words the copy
 * shows. Otherwise the plain-text cleaner reads the paste.
 */
export function preferPageStructure({ pageHeading, pageWords, copiedWords }: PastedReadings): boolean {
  if (pageHeading === null || pageHeading.trim() === '' || pageWords === null) return false;
  if (pageWords < PAGE_STRUCTURE_MIN_WORDS) return false;
  if (pageWords < copiedWords * PAGE_STRUCTURE_MIN_SHARE) return false;
  return pageWords <= copiedWords * PAGE_STRUCTURE_MAX_SHARE + EXTRA_WORDS_ALLOWED;
}
