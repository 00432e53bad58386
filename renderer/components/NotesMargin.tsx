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
 *
 * The margin reads the highlights with notes from the store itself: a new highlight without a note re-renders
 * nothing here, and a changed note re-renders its own card. Once the notes have their first places, they are placed
 * again after the change is painted, so that measuring 75 marks never holds back a new highlight; a new card stays
 * unseen until it has its place.
 */
import { memo, useEffectEvent, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { highlightLabel } from '../../shared/highlights.ts';
import type { PlacedHighlight } from '../../shared/model.ts';
import { renderMarkdownNotes } from '../markdown.ts';
import { afterNextPaint } from '../reader/after-paint.ts';
import type { HighlightLabels } from '../reader/highlight-colors.ts';
import { stackMarginNotes } from '../reader/margin-layout.ts';
import { hasPlacedNote, highlightsOf } from '../reader/use-article-highlights.ts';
import { useAppStore } from '../store/store.ts';
import { marksById } from './HighlightMarks.tsx';
import { NoteView } from './NotesMarkdown.tsx';

/** The article's blocks that may be left unrendered far from the view: the same blocks as in reader.css. */
const UNRENDERED_BLOCK = '.reader-body > *, .reader-body > div > *';

/** The reader's scrolling element around the margin (looked up, not passed: an ancestor's ref is set only after this mounts). */
function scrollerOf(margin: HTMLElement): HTMLElement | null {
  return margin.closest<HTMLElement>('.reader-scroll');
}

interface NotesMarginProps {
  articleId: number;
  bodyRef: RefObject<HTMLElement | null>;
  labels: HighlightLabels;
  onOpen: (id: number) => void;
}

/** The notes' HTML, in their order, rendered together, again only when a note changes (`notesKey`: each as JSON, joined by commas). */
function useRenderedNotes(notesKey: string): string[] {
  return useMemo(() => renderMarkdownNotes(JSON.parse(`[${notesKey}]`) as string[]), [notesKey]);
}

export const NotesMargin = memo(function NotesMargin({ articleId, bodyRef, labels, onOpen }: NotesMarginProps) {
  const marginRef = useRef<HTMLDivElement>(null);
  /** The scroll position the notes were last placed for. */
  const placedAt = useRef(0);
  const withNotes = useAppStore(useShallow((s) => highlightsOf(s, articleId).filter(hasPlacedNote)));
  // The active highlight matters here only when it has a note (its card is outlined and stays level with it).
  const activeId = useAppStore((s) => {
    const id = s.activeHighlightId;
    return highlightsOf(s, articleId).some((h) => h.id === id && hasPlacedNote(h)) ? id : null;
  });
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
    const unplaced = [];
    for (const card of cards) {
      const top = tops.get(Number(card.dataset.marginId));
      if (top === undefined) continue;
      const transform = `translateY(${Math.round(top)}px)`;
      if (card.style.transform !== transform) card.style.transform = transform;
      if (card.dataset.placed === undefined) unplaced.push(card);
    }
    if (unplaced.length > 0) {
      // A card takes its first place unseen and with no transition (highlights.css): that style is settled before
      // it shows, or 75 notes would slide down from the top as the article opens.
      void margin.offsetHeight;
      for (const card of unplaced) card.dataset.placed = '';
    }
    // The notes are beside their passages: what the bench waits for.
    if (margin.dataset.ready === undefined) margin.dataset.ready = '';
  });

  // After every render (the marks were painted just before: see HighlightMarks), and when the text reflows.
  // The first time before the page is drawn; after that once the change is on screen.
  useLayoutEffect(() => {
    if (marginRef.current?.dataset.ready === undefined) {
      place();
      return;
    }
    return afterNextPaint(() => place());
  });
  useLayoutEffect(() => {
    const body = bodyRef.current;
    const margin = marginRef.current;
    const scroll = margin && scrollerOf(margin);
    if (!body || !margin || !scroll) return;
    const observer = new ResizeObserver(() => place());
    observer.observe(body);
    observer.observe(margin);
    // The column too: what sits above the text in it (tags, grades) may grow and move the text without resizing it.
    if (body.parentElement) observer.observe(body.parentElement);
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
        <MarginNote
          key={highlight.id}
          highlight={highlight}
          active={highlight.id === activeId}
          label={highlightLabel(highlight.color, labels)}
          rendered={renderedNotes[index]}
          onOpen={onOpen}
        />
      ))}
    </div>
  );
});

interface MarginNoteProps {
  highlight: PlacedHighlight;
  active: boolean;
  label: string;
  rendered: string | undefined;
  onOpen: (id: number) => void;
}

/** One note: rendered again only when it changes. */
const MarginNote = memo(function MarginNote({ highlight, active, label, rendered, onOpen }: MarginNoteProps) {
  return (
    <div
      className="margin-note"
      data-margin-id={highlight.id}
      data-color={highlight.color}
      data-active={active || undefined}
      onClick={(event) => {
        if ((event.target as Element).closest('a')) return;
        onOpen(highlight.id);
      }}
    >
      <p className="margin-note-label">
        <span className="hl-chip" data-color={highlight.color} />
        {label}
      </p>
      <NoteView markdown={highlight.note} rendered={rendered} className="margin-note-body" linksFocusable={false} />
    </div>
  );
});
