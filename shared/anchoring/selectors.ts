/**
 * Highlight selectors in the W3C Web Annotation model, over an article's
 * plain text: a TextQuoteSelector (the exact words, with context either side)
 * and a TextPositionSelector (character offsets).
 * @see https://www.w3.org/TR/annotation-model/#text-quote-selector
 */

/** Characters of context kept before and after a quote. */
export const CONTEXT_LENGTH = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Offset of the first character, in UTF-16 code units. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

export interface TextSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * Describes the range [start, end) of `text` with both selectors.
 * @throws RangeError when the range is empty or outside the text.
 */
export function describeRange(text: string, start: number, end: number, contextLength = CONTEXT_LENGTH): TextSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new RangeError(`Cannot describe the range ${start}–${end} of a text of length ${text.length}.`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - contextLength), start),
      suffix: text.slice(end, end + contextLength),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * Finds `exact` in `text` the way a user means it: the quote must occur, and
 * where it occurs more than once, the context picks the occurrence.
 * Returns null when the quote is not in the text.
 */
export function selectorsForQuote(text: string, exact: string, contextLength = CONTEXT_LENGTH): TextSelectors | null {
  const start = text.indexOf(exact);
  if (exact === '' || start < 0) return null;
  return describeRange(text, start, start + exact.length, contextLength);
}
