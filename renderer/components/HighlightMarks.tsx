/**
 * Draws the article's highlights into its text, after React has put the
 * article's HTML in the page. Renders nothing itself.
 *
 * Two passes, so that a change of colour, note or active highlight never
 * rebuilds the marks (which would take focus away from a focused one):
 *  - paint: only when the article's HTML or where highlights lie changes —
 *    clear the marks, wrap each placed highlight's text (longest first at a
 *    start, so a highlight inside another is the inner mark);
 *  - decorate: each highlight whose look changed — colour, "has a note", active, and roving focus:
 *    only the active highlight's first mark is in the tab order, as a button
 *    that opens it.
 * Orphaned highlights are never painted.
 *
 * It reads the highlights from the store itself, so a new highlight re-renders
 * this and not the reader around it. Place it after the article body and
 * before anything that measures marks (the margin notes): React runs these
 * effects in that order.
 */
import { memo, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { highlightLabel } from '../../shared/highlights.ts';
import type { PlacedHighlight } from '../../shared/model.ts';
import type { HighlightLabels } from '../reader/highlight-colors.ts';
import { additionsToPaint, paintOrder, type OrderedHighlight } from '../reader/highlight-order.ts';
import { MARK_CLASS, clearHighlights, paintHighlights } from '../reader/paint-highlights.ts';
import { useArticleHighlights } from '../reader/use-article-highlights.ts';
import { useAppStore } from '../store/store.ts';
import { quoteText } from '../../shared/citation.ts';

interface HighlightMarksProps {
  articleId: number;
  bodyRef: RefObject<HTMLElement | null>;
  /** The article's HTML as rendered: new HTML means new text nodes to paint. */
  html: string;
  labels: HighlightLabels;
}

/** Every mark of one highlight, in text order. */
export function marksOf(root: ParentNode | null | undefined, id: number): HTMLElement[] {
  if (!root) return [];
  return [...root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}[data-highlight-id="${id}"]`)];
}

/** Every highlight's marks, in text order, by id: one query for all of them rather than one per highlight. */
export function marksById(root: ParentNode | null | undefined): Map<number, HTMLElement[]> {
  const byId = new Map<number, HTMLElement[]>();
  if (!root) return byId;
  for (const mark of root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`)) {
    const id = Number(mark.dataset.highlightId);
    const marks = byId.get(id);
    if (marks) marks.push(mark);
    else byId.set(id, [mark]);
  }
  return byId;
}

/** The highlight a mark (or anything inside one) belongs to: the innermost. */
export function highlightIdAt(target: EventTarget | null): number | null {
  if (!(target instanceof Element)) return null;
  const mark = target.closest<HTMLElement>(`mark.${MARK_CLASS}`);
  const id = Number(mark?.dataset.highlightId);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** What a highlight's marks were last decorated from (compared by identity). */
interface Decoration {
  highlight: PlacedHighlight;
  active: boolean;
  labels: HighlightLabels;
  marks: HTMLElement[];
}

function shorten(text: string, max = 80): string {
  const flat = quoteText(text);
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

export const HighlightMarks = memo(function HighlightMarks({ articleId, bodyRef, html, labels }: HighlightMarksProps) {
  const highlights = useArticleHighlights(articleId);
  const activeId = useAppStore((s) => s.activeHighlightId);
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
  // Each painted highlight's marks, kept as they are painted: decorating never searches the article for them.
  const marks = useRef(new Map<number, HTMLElement[]>());
  // What each highlight's marks were decorated from: only a highlight that changed (a new object from the store,
  // which keeps unchanged ones), became or stopped being active, or was painted again is touched (a new highlight in
  // a 300-highlight article touches two, not all).
  const decorated = useRef(new Map<number, Decoration>());

  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const focused = document.activeElement;
    const focusedId = focused && body.contains(focused) ? highlightIdAt(focused) : null;
    const previous = painted.current;
    const additions = previous && previous.html === html ? additionsToPaint(previous.highlights, toPaint) : null;
    if (additions) {
      for (const { from, to } of additions.renamed) {
        const own = marks.current.get(from) ?? [];
        for (const mark of own) mark.dataset.highlightId = String(to);
        marks.current.delete(from);
        marks.current.set(to, own);
        decorated.current.delete(from);
        decorated.current.delete(to);
      }
      for (const [id, own] of paintHighlights(body, additions.added)) marks.current.set(id, own);
    } else {
      clearHighlights(body);
      marks.current = paintHighlights(body, toPaint);
      decorated.current.clear();
    }
    painted.current = { html, highlights: toPaint };
    if (focusedId !== null) marksOf(body, focusedId)[0]?.focus({ preventScroll: true });
  }, [bodyRef, html, toPaint]);

  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    // Attributes are written only where they change: a write, even of the same value, makes the browser restyle.
    const setAttribute = (mark: HTMLElement, name: string, value: string | null) => {
      if (mark.getAttribute(name) === value) return;
      if (value === null) mark.removeAttribute(name);
      else mark.setAttribute(name, value);
    };
    const listed = new Set<number>();
    for (const highlight of highlights) {
      listed.add(highlight.id);
      const own = marks.current.get(highlight.id) ?? [];
      const active = highlight.id === activeId;
      const before = decorated.current.get(highlight.id);
      if (before && before.highlight === highlight && before.active === active && before.labels === labels && before.marks === own) continue;
      decorated.current.set(highlight.id, { highlight, active, labels, marks: own });
      const hasNote = highlight.note.trim() !== '';
      const label = active ? highlightLabel(highlight.color, labels) : '';
      own.forEach((mark, index) => {
        setAttribute(mark, 'data-color', highlight.color);
        setAttribute(mark, 'data-active', active ? '' : null);
        setAttribute(mark, 'data-note-end', hasNote && index === own.length - 1 ? '' : null);
        const first = active && index === 0;
        // Only the active highlight is in the tab order (its other marks keep what focusing them gave them).
        if (first) setAttribute(mark, 'tabindex', '0');
        else if (!active) setAttribute(mark, 'tabindex', null);
        setAttribute(mark, 'role', first ? 'button' : null);
        setAttribute(mark, 'aria-haspopup', first ? 'dialog' : null);
        setAttribute(mark, 'aria-label', first ? `${label} highlight${hasNote ? ' with a note' : ''}: ${shorten(highlight.quote.exact)}` : null);
      });
    }
    for (const id of decorated.current.keys()) if (!listed.has(id)) decorated.current.delete(id);
    // Marks of highlights no longer listed (about to be repainted away) are never active.
    for (const mark of [...marks.current].flatMap(([id, own]) => (listed.has(id) ? [] : own))) {
      for (const name of ['data-active', 'data-note-end', 'tabindex', 'role', 'aria-label', 'aria-haspopup']) setAttribute(mark, name, null);
    }
  }, [bodyRef, html, toPaint, highlights, activeId, labels]);

  return null;
});
