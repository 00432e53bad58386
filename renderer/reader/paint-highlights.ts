/**
 * Drawing highlights as <mark> elements around the covered text. Wrapping
 * splits text nodes but never changes the text, so offsets stay valid; marks
 * nest where highlights overlap, print like any other element, and give the
 * margin notes something to line up with. (The CSS Custom Highlight API paints
 * without touching the DOM, but its painting is not part of printing and it
 * offers no element to measure.)
 */
import { TextNodeIndex } from './text-positions.ts';

export const MARK_CLASS = 'highlight-mark';

export interface PaintedHighlight {
  id: number;
  start: number;
  end: number;
  color: string;
}

/**
 * Wraps [start, end) of `root`'s text in marks carrying the highlight's id and
 * colour. `texts` indexes `root`'s text nodes when several highlights are
 * painted in a row (see {@link paintHighlights}).
 */
export function paintHighlight(root: HTMLElement, highlight: PaintedHighlight, texts = new TextNodeIndex(root)): HTMLElement[] {
  const document = root.ownerDocument;
  const marks: HTMLElement[] = [];
  // Last segment first: a split shifts the index only after the split node, so earlier segments keep their place.
  for (const { index, node, from, to } of texts.segments(highlight.start, highlight.end).reverse()) {
    let target = node;
    let at = index;
    if (from > 0) {
      target = texts.split(at, from);
      at += 1;
    }
    if (to - from < target.data.length) texts.split(at, to - from);
    if (target.data.trim() === '' && target.parentElement?.closest('p, li, blockquote, h1, h2, h3, h4, h5, h6, td, th, figcaption') === null) {
      continue; // a blank line between blocks: marking it would paint an empty box between paragraphs
    }
    const mark = document.createElement('mark');
    mark.className = MARK_CLASS;
    mark.dataset.highlightId = String(highlight.id);
    mark.dataset.color = highlight.color;
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    marks.push(mark);
  }
  return marks.reverse();
}

/** Paints each of `highlights` in the order given (see paintOrder), walking `root`'s text once; returns each one's marks by id. */
export function paintHighlights(root: HTMLElement, highlights: readonly PaintedHighlight[]): Map<number, HTMLElement[]> {
  const texts = new TextNodeIndex(root);
  return new Map(highlights.map((highlight) => [highlight.id, paintHighlight(root, highlight, texts)]));
}

/** Removes every mark under `root`, leaving the text as it was. */
export function clearHighlights(root: HTMLElement): void {
  for (const mark of [...root.querySelectorAll(`mark.${MARK_CLASS}`)]) {
    const parent = mark.parentNode!;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  }
  root.normalize();
}
