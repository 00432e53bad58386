/**
 * Draws the article's highlights into its text, after React has put the
 * article's HTML in the page. Renders nothing itself.
 *
 * Two passes, so that a change of colour, note or active highlight never
 * rebuilds the marks (which would take focus away from a focused one):
 *  - paint: only when the article's HTML or where highlights lie changes —
 *    clear the marks, wrap each placed highlight's text (longest first at a
 *    start, so a highlight inside another is the inner mark);
 *  - decorate: every time — colour, "has a note", active, and roving focus:
 *    only the active highlight's first mark is in the tab order, as a button
 *    that opens it.
 * Orphaned highlights are never painted.
 *
 * Place it after the article body and before anything that measures marks
 * (the margin notes): React runs these effects in that order.
 */
import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { PlacedHighlight } from '../../shared/model.ts';
import { highlightLabel } from '../../shared/highlights.ts';
import type { HighlightLabels } from '../reader/highlight-colors.ts';
import { additionsToPaint, paintOrder, type OrderedHighlight } from '../reader/highlight-order.ts';
import { MARK_CLASS, clearHighlights, paintHighlight } from '../reader/paint-highlights.ts';
import { quoteText } from '../../shared/citation.ts';

interface HighlightMarksProps {
  bodyRef: RefObject<HTMLElement | null>;
  /** The article's HTML as rendered: new HTML means new text nodes to paint. */
  html: string;
  highlights: readonly PlacedHighlight[];
  activeId: number | null;
  labels: HighlightLabels;
}

/** Every mark of one highlight, in text order. */
export function marksOf(root: ParentNode | null | undefined, id: number): HTMLElement[] {
  if (!root) return [];
  return [...root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}[data-highlight-id="${id}"]`)];
}

/** The highlight a mark (or anything inside one) belongs to: the innermost. */
export function highlightIdAt(target: EventTarget | null): number | null {
  if (!(target instanceof Element)) return null;
  const mark = target.closest<HTMLElement>(`mark.${MARK_CLASS}`);
  const id = Number(mark?.dataset.highlightId);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

function shorten(text: string, max = 80): string {
  const flat = quoteText(text);
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

export function HighlightMarks({ bodyRef, html, highlights, activeId, labels }: HighlightMarksProps) {
  // Where highlights lie, as a string: the paint pass runs when (and only when) it changes.
  const geometry = highlights
    .flatMap((h) => (h.anchor.status === 'anchored' ? [`${h.id}:${h.anchor.start}:${h.anchor.end}`] : []))
    .join(',');
  const toPaint = useMemo(
    () =>
      paintOrder(
        geometry === ''
          ? []
          : geometry.split(',').map((part) => {
              const [id, start, end] = part.split(':').map(Number) as [number, number, number];
              return { id, start, end, color: '' };
            }),
      ),
    [geometry],
  );

  // What the article shows now, so that a new highlight is painted alone rather than everything again.
  const painted = useRef<{ html: string; highlights: readonly OrderedHighlight[] } | null>(null);

  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const focused = document.activeElement;
    const focusedId = focused && body.contains(focused) ? highlightIdAt(focused) : null;
    const previous = painted.current;
    const additions = previous && previous.html === html ? additionsToPaint(previous.highlights, toPaint) : null;
    if (additions) {
      for (const highlight of additions) paintHighlight(body, highlight);
    } else {
      clearHighlights(body);
      for (const highlight of toPaint) paintHighlight(body, highlight);
    }
    painted.current = { html, highlights: toPaint };
    if (focusedId !== null) marksOf(body, focusedId)[0]?.focus({ preventScroll: true });
  }, [bodyRef, html, toPaint]);

  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const byId = new Map(highlights.map((h) => [h.id, h]));
    for (const mark of body.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`)) {
      const highlight = byId.get(Number(mark.dataset.highlightId));
      if (highlight) mark.dataset.color = highlight.color;
      mark.toggleAttribute('data-active', highlight?.id === activeId);
      mark.removeAttribute('data-note-end');
      if (highlight?.id !== activeId) {
        for (const name of ['tabindex', 'role', 'aria-label', 'aria-haspopup']) mark.removeAttribute(name);
      }
    }
    for (const highlight of highlights) {
      const marks = marksOf(body, highlight.id);
      const last = marks[marks.length - 1];
      if (last && highlight.note.trim() !== '') last.setAttribute('data-note-end', '');
      const first = marks[0];
      if (first && highlight.id === activeId) {
        const label = highlightLabel(highlight.color, labels);
        first.tabIndex = 0;
        first.setAttribute('role', 'button');
        first.setAttribute('aria-haspopup', 'dialog');
        first.setAttribute(
          'aria-label',
          `${label} highlight${highlight.note.trim() !== '' ? ' with a note' : ''}: ${shorten(highlight.quote.exact)}`,
        );
      }
    }
  }, [bodyRef, html, toPaint, highlights, activeId, labels]);

  return null;
}
