/**
 * Re-anchoring: finding a highlight's place again in an article's text, which
 * may have changed since the highlight was made. In order:
 *
 * 1. the stored position, if the text there is still the quote;
 * 2. the exact quote, the occurrence whose context fits best;
 * 3. the quote with white space and Unicode form normalized;
 * 4. an approximate match of the quote (approx-string-match), accepted only
 *    above a similarity threshold and chosen by quote, context and position.
 *
 * A highlight that none of these can place is **orphaned**: it is never moved
 * onto other text silently.
 */
import search from 'approx-string-match';
import { normalizeForMatching, originalRange } from './normalize.ts';
import type { TextSelectors } from './selectors.ts';

export type AnchorMethod = 'position' | 'quote' | 'normalized' | 'fuzzy';

export type Anchor =
  | { status: 'anchored'; start: number; end: number; method: AnchorMethod; /** 0..1, how well the quote matches */ score: number }
  | { status: 'orphaned'; reason: string };

export interface AnchorOptions {
  /** The least quote similarity (1 − errors ÷ length) a fuzzy match needs. */
  minQuoteSimilarity?: number;
}

export const DEFAULT_MIN_QUOTE_SIMILARITY = 0.75;

/** How well the text around [start, end) matches the stored prefix and suffix, 0..1. */
function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  const prefixScore = prefix === '' ? 1 : sameTail(prefix, before) / prefix.length;
  const suffixScore = suffix === '' ? 1 : sameHead(suffix, after) / suffix.length;
  return (prefixScore + suffixScore) / 2;
}

function sameTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function sameHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Nearer the old place is better, but only as a tie-breaker. */
function positionScore(start: number, oldStart: number, textLength: number): number {
  return 1 - Math.min(1, Math.abs(start - oldStart) / Math.max(1, textLength));
}

function occurrences(text: string, quote: string): number[] {
  // An empty quote "occurs" everywhere, and indexOf past the end keeps answering the end: never search for one.
  if (quote === '') return [];
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** Picks the best of several places, by context first and position second. */
function bestPlace(
  text: string,
  places: Array<{ start: number; end: number; quoteScore: number }>,
  selectors: TextSelectors,
): { start: number; end: number; quoteScore: number } | undefined {
  const { prefix, suffix } = selectors.quote;
  let best: { place: (typeof places)[number]; score: number } | undefined;
  for (const place of places) {
    const score =
      place.quoteScore * 50 +
      contextScore(text, place.start, place.end, prefix, suffix) * 20 +
      positionScore(place.start, selectors.position.start, text.length) * 2;
    if (!best || score > best.score) best = { place, score };
  }
  return best?.place;
}

/**
 * Finds where `selectors` now point in `text`.
 *
 * @example
 * anchor('The port reopened on Monday.', describeRange(oldText, 9, 17))
 * // → { status: 'anchored', start: 9, end: 17, method: 'position', score: 1 }
 */
export function anchor(text: string, selectors: TextSelectors, options: AnchorOptions = {}): Anchor {
  const { exact } = selectors.quote;
  if (exact === '') return { status: 'orphaned', reason: 'The highlight has no quote to look for.' };
  const { start, end } = selectors.position;

  // Stored offsets are trusted only as whole numbers inside the text: slice() would read a negative one from the end.
  const positionInText = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length;
  if (positionInText && text.slice(start, end) === exact) return { status: 'anchored', start, end, method: 'position', score: 1 };

  const exactPlaces = occurrences(text, exact).map((at) => ({ start: at, end: at + exact.length, quoteScore: 1 }));
  const exactBest = bestPlace(text, exactPlaces, selectors);
  if (exactBest) return { status: 'anchored', start: exactBest.start, end: exactBest.end, method: 'quote', score: 1 };

  const normalizedText = normalizeForMatching(text);
  const normalizedQuote = normalizeForMatching(exact).text;
  if (normalizedQuote === '') {
    return { status: 'orphaned', reason: 'The highlighted white space is no longer in the article.' };
  }
  const normalizedPlaces = occurrences(normalizedText.text, normalizedQuote).map((at) => ({
    ...originalRange(normalizedText, text, at, at + normalizedQuote.length),
    quoteScore: 1,
  }));
  const normalizedBest = bestPlace(text, normalizedPlaces, selectors);
  if (normalizedBest) {
    return { status: 'anchored', start: normalizedBest.start, end: normalizedBest.end, method: 'normalized', score: 1 };
  }

  const minSimilarity = options.minQuoteSimilarity ?? DEFAULT_MIN_QUOTE_SIMILARITY;
  const maxErrors = Math.floor(normalizedQuote.length * (1 - minSimilarity));
  const fuzzyPlaces = search(normalizedText.text, normalizedQuote, maxErrors).map((match) => ({
    ...originalRange(normalizedText, text, match.start, match.end),
    quoteScore: 1 - match.errors / normalizedQuote.length,
  }));
  const fuzzyBest = bestPlace(text, fuzzyPlaces, selectors);
  if (fuzzyBest && fuzzyBest.quoteScore >= minSimilarity) {
    return { status: 'anchored', start: fuzzyBest.start, end: fuzzyBest.end, method: 'fuzzy', score: fuzzyBest.quoteScore };
  }
  return {
    status: 'orphaned',
    reason: 'The quoted text is no longer in the article, not even approximately.',
  };
}
