/**
 * Which notes the print view numbers, and how: the notes on highlights placed
 * in the text, in reading order, numbered from 1 in each article. The numbers
 * in the text, the margin callouts and the endnotes all come from here.
 */
import type { PlacedHighlight } from '../../shared/model.ts';
import { paintOrder } from '../reader/highlight-order.ts';

export interface NumberedNote {
  number: number;
  highlight: PlacedHighlight;
  start: number;
  end: number;
}

/** Highlights placed in the text, in the reader's paint order (start, then longer first). */
export function placedInOrder(highlights: readonly PlacedHighlight[]): Array<PlacedHighlight & { start: number; end: number }> {
  return paintOrder(highlights.flatMap((h) => (h.anchor.status === 'anchored' ? [{ ...h, start: h.anchor.start, end: h.anchor.end }] : [])));
}

export function numberNotes(highlights: readonly PlacedHighlight[]): NumberedNote[] {
  return placedInOrder(highlights)
    .filter((h) => h.note.trim() !== '')
    .map((h, index) => ({ number: index + 1, highlight: h, start: h.start, end: h.end }));
}

/** Highlights that could not be placed in the article's current text. */
export function orphanedHighlights(highlights: readonly PlacedHighlight[]): PlacedHighlight[] {
  return highlights.filter((h) => h.anchor.status === 'orphaned');
}

/** The id of a note's endnote, unique in the document. */
export function endnoteId(articleIndex: number, number: number): string {
  return `note-${articleIndex + 1}-${number}`;
}

/** The id of an article's heading, the table of contents' link target. */
export function articleAnchor(articleIndex: number): string {
  return `article-${articleIndex + 1}`;
}
