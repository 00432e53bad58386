/**
 * Drawing highlights as <mark> elements around the covered text. Wrapping
 * splits text nodes but never changes the text, so offsets stay valid; marks
 * nest where highlights overlap, print like any other element, and give the
 * margin notes something to line up with. (The CSS Custom Highlight API paints
 * without touching the DOM, but its painting is not part of printing and it
 * offers no element to measure.)
 */
import { segmentsForOffsets } from './text-positions.ts';

export const MARK_CLASS = 'highlight-mark';

export interface PaintedHighlight {
  id: number;
  start: number;
  end: number;
  color: string;
}

/** Wraps [start, end) of `root`'s text in marks carrying the highlight's id and colour. */
export function paintHighlight(root: HTMLElement, highlight: PaintedHighlight): HTMLElement[] {
  const document = root.ownerDocument;
  const marks: HTMLElement[] = [];
  for (const { node, from, to } of segmentsForOffsets(root, highlight.start, highlight.end)) {
    let target = node;
    if (from > 0) target = target.splitText(from);
    if (to - from < target.data.length) target.splitText(to - from);
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
  return marks;
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
