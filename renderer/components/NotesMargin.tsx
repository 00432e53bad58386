/**
 * Notes in the margin, on windows wide enough for one beside the text: each
 * highlight's note level with the highlight's first line, stacked where they
 * would overlap (the active one stays level with its highlight). For the eye
 * and the mouse: the notes panel holds the same notes for everyone, so the
 * margin is hidden from assistive technology and out of the tab order.
 * A click opens the highlight.
 *
 * When an article opens, its blocks far from the view are not laid out (reader.css): measuring a mark in one would
 * lay it out. So notes are placed exactly within a screen of the view and, further off, level with their block's
 * top (its box is known without laying out its text); scrolling half a screen places them again. Once the whole
 * text is laid out (ReaderPane.tsx), every note is placed exactly.
 */
import { useEffectEvent, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { highlightLabel } from '../../shared/highlights.ts';
import type { PlacedHighlight } from '../../shared/model.ts';
import { renderMarkdownNotes } from '../markdown.ts';
import type { HighlightLabels } from '../reader/highlight-colors.ts';
import { stackMarginNotes } from '../reader/margin-layout.ts';
import { marksById } from './HighlightMarks.tsx';
import { NoteView } from './NotesMarkdown.tsx';

/** The article's blocks that may be left unrendered far from the view: the same blocks as in reader.css. */
const UNRENDERED_BLOCK = '.reader-body > *, .reader-body > div > *';

/** The reader's scrolling element around the margin (looked up, not passed: an ancestor's ref is set only after this mounts). */
function scrollerOf(margin: HTMLElement): HTMLElement | null {
  return margin.closest<HTMLElement>('.reader-scroll');
}

interface NotesMarginProps {
  bodyRef: RefObject<HTMLElement | null>;
  highlights: readonly PlacedHighlight[];
  activeId: number | null;
  labels: HighlightLabels;
  onOpen: (id: number) => void;
}

/** The notes' HTML, in their order, rendered together, again only when a note changes (`notesKey`: each as JSON, joined by commas). */
function useRenderedNotes(notesKey: string): string[] {
  return useMemo(() => renderMarkdownNotes(JSON.parse(`[${notesKey}]`) as string[]), [notesKey]);
}

export function NotesMargin({ bodyRef, highlights, activeId, labels, onOpen }: NotesMarginProps) {
  const marginRef = useRef<HTMLDivElement>(null);
  /** The scroll position the notes were last placed for. */
  const placedAt = useRef(0);
  const withNotes = highlights.filter((h) => h.anchor.status === 'anchored' && h.note.trim() !== '');
  const renderedNotes = useRenderedNotes(withNotes.map((h) => JSON.stringify(h.note)).join(','));

  const place = useEffectEvent(() => {
    const margin = marginRef.current;
    const body = bodyRef.current;
    const scroll = margin && scrollerOf(margin);
    if (!margin || !body || !scroll) return;
    const cards = [...margin.querySelectorAll<HTMLElement>('[data-margin-id]')];
    const marks = marksById(body);
    const firstMark = (card: HTMLElement) => marks.get(Number(card.dataset.marginId))?.[0];
    // Every write before any measurement: one layout, not one per note.
    for (const card of cards) {
      const hidden = firstMark(card) === undefined;
      if (card.hidden !== hidden) card.hidden = hidden;
    }
    const base = margin.getBoundingClientRect().top;
    const view = scroll.getBoundingClientRect();
    const laidOut = body.dataset.laidOut !== undefined;
    const wanted = [];
    for (const card of cards) {
      const mark = firstMark(card);
      if (!mark) continue;
      const block = laidOut ? undefined : mark.closest(UNRENDERED_BLOCK)?.getBoundingClientRect();
      const near = !block || (block.bottom >= view.top - view.height && block.top <= view.bottom + view.height);
      const top = near ? mark.getBoundingClientRect().top : block.top;
      wanted.push({ id: Number(card.dataset.marginId), top: top - base, height: card.offsetHeight });
    }
    placedAt.current = scroll.scrollTop;
    const tops = new Map(stackMarginNotes(wanted, { gap: 10, pinnedId: activeId }).map((p) => [p.id, p.top]));
    for (const card of cards) {
      const top = tops.get(Number(card.dataset.marginId));
      const transform = top === undefined ? null : `translateY(${Math.round(top)}px)`;
      if (transform !== null && card.style.transform !== transform) card.style.transform = transform;
    }
    if (margin.dataset.ready === undefined) {
      // The notes take their first places with no transition (reader.css): that style is settled before they show,
      // or 75 notes would slide down from the top as the article opens.
      void margin.offsetHeight;
      margin.dataset.ready = '';
    }
  });

  // After every render (the marks were painted just before: see HighlightMarks), and when the text reflows.
  // The first time before the page is drawn; after that in the next frame, so that measuring 75 marks never
  // holds back what changed (a new highlight shows in its own frame, the notes follow in the next).
  useLayoutEffect(() => {
    if (marginRef.current?.dataset.ready === undefined) {
      place();
      return;
    }
    const frame = requestAnimationFrame(() => place());
    return () => cancelAnimationFrame(frame);
  });
  useLayoutEffect(() => {
    const body = bodyRef.current;
    const margin = marginRef.current;
    const scroll = margin && scrollerOf(margin);
    if (!body || !margin || !scroll) return;
    const observer = new ResizeObserver(() => place());
    observer.observe(body);
    observer.observe(margin);
    let frame: number | null = null;
    const onScroll = () => {
      if (frame !== null || Math.abs(scroll.scrollTop - placedAt.current) < scroll.clientHeight / 2) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        place();
      });
    };
    scroll.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer.disconnect();
      scroll.removeEventListener('scroll', onScroll);
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [bodyRef]);

  return (
    <div className="notes-margin" ref={marginRef} aria-hidden="true">
      {withNotes.map((highlight, index) => (
        <div
          key={highlight.id}
          className="margin-note"
          data-margin-id={highlight.id}
          data-color={highlight.color}
          data-active={highlight.id === activeId || undefined}
          onClick={(event) => {
            if ((event.target as Element).closest('a')) return;
            onOpen(highlight.id);
          }}
        >
          <p className="margin-note-label">
            <span className="hl-chip" data-color={highlight.color} />
            {highlightLabel(highlight.color, labels)}
          </p>
          <NoteView markdown={highlight.note} rendered={renderedNotes[index]} className="margin-note-body" linksFocusable={false} />
        </div>
      ))}
    </div>
  );
}
