/**
 * Highlights and notes in the reader: what the reader pane needs to show
 * them, gathered in one hook so that ReaderPane only places the pieces.
 *
 * - The selection: followed as it changes (mouse or keyboard); a selection of
 *   words in the article gets the floating toolbar. Offsets are plain-text
 *   offsets (the article element's text is the article's `text`), trimmed of
 *   white space at either end.
 * - Keys, when focus is in the reader (or nowhere) and not in a text field:
 *   1–5, n, Delete, [ ], Enter on a highlight, Escape, ?, Ctrl+Z, and
 *   Shift+arrows, which start a selection at the first words in view when
 *   there is none (no caret browsing needed).
 * - The popover of one highlight, revealing a highlight (scroll, flash,
 *   focus), copying with citation, the two dialogs, and a live region that
 *   says what happened for screen readers.
 * Every change goes to main at once through the store.
 */
import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { HighlightColor } from '../../shared/highlights.ts';
import { highlightLabel } from '../../shared/highlights.ts';
import type { Article } from '../../shared/model.ts';
import { formatDate } from '../format.ts';
import { formatCitation } from '../../shared/citation.ts';
import { copyText } from '../reader/clipboard.ts';
import type { Box } from '../reader/floating.ts';
import { colorForKey, DEFAULT_HIGHLIGHT_COLOR, type HighlightLabels } from '../reader/highlight-colors.ts';
import { adjacentHighlight } from '../reader/highlight-order.ts';
import { isReaderKey } from '../reader/reader-keys.ts';
import { offsetsOfRange, rangeForOffsets, trimOffsets } from '../reader/text-positions.ts';
import { useAppStore } from '../store/store.ts';
import { highlightIdAt, marksOf } from './HighlightMarks.tsx';
import type { PopoverFocus } from './HighlightPopover.tsx';

export interface PendingSelection {
  start: number;
  end: number;
  /** Where the selection is, in the scrolling content's coordinates. */
  box: Box;
}

export interface PopoverState {
  id: number;
  focus: PopoverFocus;
  /** Which of the highlight's marks it opened from (a highlight over several paragraphs has several). */
  markIndex: number;
}

export type ReaderDialogName = 'shortcuts' | 'colors';

const NO_LABELS: HighlightLabels = {};

/** How long a revealed passage flashes. */
const FLASH_MS = 1400;

/** Room the margin notes need beside the column (their width, less the column's own padding they may use). */
const MARGIN_SPACE = 232;

/**
 * Whether the last article opened had room for margin notes: the next one starts with the same answer, so it is
 * laid out once with its notes rather than first without them (the measure below corrects it if the window changed).
 */
let wideLastTime = false;

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

interface Refs {
  article: Article;
  readerRef: RefObject<HTMLElement | null>;
  scrollRef: RefObject<HTMLElement | null>;
  bodyRef: RefObject<HTMLElement | null>;
  columnRef: RefObject<HTMLElement | null>;
  /** The live region that says what happened: written directly, so that announcing never re-renders the reader. */
  announcementRef: RefObject<HTMLElement | null>;
}

export function useReaderAnnotations({ article, readerRef, scrollRef, bodyRef, columnRef, announcementRef }: Refs) {
  const articleId = article.id;
  const articleText = article.text;
  // The highlights themselves are read by what draws them (HighlightMarks, NotesMargin…), not here: a new one
  // would re-render the whole reader.
  const labels = useAppStore((s) => s.settings?.highlightLabels ?? NO_LABELS);
  const [selection, setSelection] = useState<PendingSelection | null>(null);
  const [popover, setPopover] = useState<PopoverState | null>(null);
  const [dialog, setDialog] = useState<ReaderDialogName | null>(null);
  const [wide, setWide] = useState(wideLastTime);
  const toolbarRef = useRef<HTMLDivElement | null>(null);
  /** A highlight to focus once its marks are painted (it was just made from the keyboard). */
  const focusAfterPaint = useRef<number | null>(null);

  useEffect(() => {
    const { loadHighlights, loadArticleNote, highlightsArticleId } = useAppStore.getState();
    // The reader fetched them with the article (reader-slice.ts); loading them again would only repaint.
    if (highlightsArticleId !== articleId) void loadHighlights(articleId);
    void loadArticleNote(articleId);
  }, [articleId]);

  const announce = useCallback((message: string) => {
    // The same words twice must still be read out: clear, then set.
    const region = announcementRef.current;
    if (!region) return;
    region.textContent = '';
    requestAnimationFrame(() => (region.textContent = message));
  }, [announcementRef]);

  /** The live selection, if it covers words of the article. */
  const readSelection = useCallback((): PendingSelection | null => {
    const body = bodyRef.current;
    const scroll = scrollRef.current;
    const current = document.getSelection();
    if (!body || !scroll || !current || current.rangeCount === 0 || current.isCollapsed) return null;
    const range = current.getRangeAt(0).cloneRange();
    if (!range.intersectsNode(body)) return null;
    // A drag that starts in the title or runs past the end still highlights the article's part of it.
    if (!body.contains(range.startContainer)) range.setStart(body, 0);
    if (!body.contains(range.endContainer)) range.setEnd(body, body.childNodes.length);
    const offsets = offsetsOfRange(body, range);
    if (!offsets) return null;
    // The article's text is the body's text (text-positions.ts): no need to gather 15,000 words from the page again.
    const trimmed = trimOffsets(articleText, offsets.start, offsets.end);
    if (!trimmed) return null;
    const rect = range.getBoundingClientRect();
    const view = scroll.getBoundingClientRect();
    const dx = scroll.scrollLeft - view.left;
    const dy = scroll.scrollTop - view.top;
    return { ...trimmed, box: { top: rect.top + dy, bottom: rect.bottom + dy, left: rect.left + dx, right: rect.right + dx } };
  }, [articleText, bodyRef, scrollRef]);

  // Follow the selection. While the mouse is down (a drag), the toolbar waits for the release.
  useEffect(() => {
    let pointerDown = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => setSelection(readSelection());
    const schedule = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(update, ms);
    };
    const onSelectionChange = () => {
      if (!pointerDown) schedule(120);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 0 || toolbarRef.current?.contains(event.target as Node)) return;
      pointerDown = true;
      clearTimeout(timer);
      setSelection(null);
    };
    const onPointerUp = () => {
      if (!pointerDown) return;
      pointerDown = false;
      schedule(10);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('pointerup', onPointerUp, true);
    // The text reflows (window, panel, reading settings): the toolbar follows its selection.
    const reflow = new ResizeObserver(() => {
      if (!pointerDown) schedule(60);
    });
    if (bodyRef.current) reflow.observe(bodyRef.current);
    return () => {
      reflow.disconnect();
      clearTimeout(timer);
      document.removeEventListener('selectionchange', onSelectionChange);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('pointerup', onPointerUp, true);
    };
  }, [readSelection, bodyRef]);

  // Wide enough for notes in the margin beside the column?
  useLayoutEffect(() => {
    const scroll = scrollRef.current;
    const column = columnRef.current;
    if (!scroll || !column) return;
    const measure = () => {
      const columnMax = Number.parseFloat(getComputedStyle(column).maxWidth) || column.offsetWidth;
      wideLastTime = scroll.clientWidth >= columnMax + MARGIN_SPACE;
      setWide(wideLastTime);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroll);
    observer.observe(column);
    return () => observer.disconnect();
  }, [scrollRef, columnRef]);

  // A highlight just made from the keyboard takes focus once its marks exist.
  useLayoutEffect(() => {
    const id = focusAfterPaint.current;
    if (id === null) return;
    const mark = marksOf(bodyRef.current, id)[0];
    if (!mark) return;
    focusAfterPaint.current = null;
    mark.tabIndex = 0;
    mark.focus({ preventScroll: true });
  });

  const reveal = useCallback(
    (id: number, options: { focus?: boolean; flash?: boolean } = {}) => {
      const marks = marksOf(bodyRef.current, id);
      const first = marks[0];
      useAppStore.getState().setActiveHighlight(id);
      if (!first) return;
      first.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
      if (options.focus) {
        first.tabIndex = 0;
        first.focus({ preventScroll: true });
      }
      if (options.flash) {
        for (const mark of marks) {
          mark.removeAttribute('data-flash');
          void mark.offsetWidth; // restart the animation
          mark.setAttribute('data-flash', '');
        }
        setTimeout(() => {
          for (const mark of marks) mark.removeAttribute('data-flash');
        }, FLASH_MS);
      }
    },
    [bodyRef],
  );

  // A highlight opened from the evidence locker: scroll to it once its marks are painted.
  const pendingReveal = useAppStore((s) => (s.pendingReveal?.articleId === articleId ? s.pendingReveal.highlightId : null));
  const highlightsReady = useAppStore((s) => s.highlightsArticleId === articleId && s.highlightsStatus === 'ready');
  useEffect(() => {
    if (pendingReveal === null || !highlightsReady) return;
    let frame = requestAnimationFrame(function attempt() {
      const placed = useAppStore.getState().highlights.some((h) => h.id === pendingReveal && h.anchor.status === 'anchored');
      if (marksOf(bodyRef.current, pendingReveal).length > 0 || !placed) {
        reveal(pendingReveal, { focus: true, flash: true });
        useAppStore.getState().clearPendingReveal();
        return;
      }
      frame = requestAnimationFrame(attempt);
    });
    return () => cancelAnimationFrame(frame);
  }, [pendingReveal, highlightsReady, bodyRef, reveal]);

  const openPopover = useCallback((id: number, focus: PopoverFocus, markIndex = 0) => {
    useAppStore.getState().setActiveHighlight(id);
    setPopover({ id, focus, markIndex });
  }, []);

  const closePopover = useCallback(
    (returnFocus: boolean) => {
      setPopover((open) => {
        if (open && returnFocus) {
          // Back to the highlight (its first mark is the one in the tab order), or to the text if it is gone.
          requestAnimationFrame(() => {
            const first = marksOf(bodyRef.current, useAppStore.getState().currentHighlightId(open.id))[0];
            if (first) {
              first.tabIndex = 0;
              first.focus({ preventScroll: true });
            } else {
              scrollRef.current?.focus({ preventScroll: true });
            }
          });
        }
        return null;
      });
    },
    [bodyRef, scrollRef],
  );

  const cite = useCallback(
    async (quote: string) => {
      const text = formatCitation(quote, article, (iso) => formatDate(iso));
      const { notify } = useAppStore.getState();
      if (await copyText(text)) {
        notify({ tone: 'success', title: 'Quote copied with its citation' });
      } else {
        notify({
          tone: 'error',
          title: "Couldn't copy the quote",
          message: 'The system clipboard refused it. Select the words and press Ctrl+C (⌘C on a Mac) instead.',
        });
      }
    },
    [article],
  );

  const copySelection = useCallback(() => {
    const found = readSelection();
    const body = bodyRef.current;
    if (found && body) void cite(body.textContent.slice(found.start, found.end));
  }, [readSelection, bodyRef, cite]);

  const copyHighlight = useCallback(
    (id: number) => {
      const highlight = useAppStore.getState().highlights.find((h) => h.id === id);
      if (!highlight) return;
      const text =
        highlight.anchor.status === 'anchored' ? article.text.slice(highlight.anchor.start, highlight.anchor.end) : highlight.quote.exact;
      void cite(text);
    },
    [article.text, cite],
  );

  /** Highlights the live selection (`found`, when the caller has just read it); `note` opens the new highlight's note editor. */
  const highlightSelection = useCallback(
    async (color: HighlightColor, options: { note?: boolean; found?: PendingSelection } = {}) => {
      const found = options.found ?? readSelection();
      if (!found) return;
      const fromToolbar = toolbarRef.current?.contains(document.activeElement) ?? false;
      const creating = useAppStore.getState().createHighlight({ articleId, start: found.start, end: found.end, color });
      // The new mark is shown at once under a stand-in id (the active one now): the selection over it goes in the same frame.
      const shownAs = useAppStore.getState().activeHighlightId;
      document.getSelection()?.removeAllRanges();
      setSelection(null);
      const editorOpenedAtOnce = options.note === true && shownAs !== null && shownAs < 0;
      if (editorOpenedAtOnce) setPopover({ id: shownAs, focus: 'note', markIndex: 0 });
      const created = await creating;
      if (!created) {
        setPopover((open) => (open?.id === shownAs ? null : open));
        // Refused (a notice says why): once its mark is gone, the words are selected again, unless the person selected others.
        requestAnimationFrame(() => {
          const body = bodyRef.current;
          const range = body ? rangeForOffsets(body, found.start, found.end) : null;
          const current = document.getSelection();
          if (!range || !current || !current.isCollapsed) return;
          current.removeAllRanges();
          current.addRange(range);
        });
        return;
      }
      announce(`Highlighted as ${highlightLabel(color, useAppStore.getState().settings?.highlightLabels)}`);
      // An editor opened at once and closed meanwhile stays closed.
      if (options.note && !editorOpenedAtOnce) setPopover({ id: created.id, focus: 'note', markIndex: 0 });
      else if (fromToolbar) focusAfterPaint.current = created.id;
    },
    [articleId, readSelection, announce, bodyRef],
  );

  const deleteHighlight = useCallback(
    (id: number) => {
      const focusInside = readerRef.current?.contains(document.activeElement) ?? false;
      setPopover((open) => (open && useAppStore.getState().currentHighlightId(open.id) === id ? null : open));
      void useAppStore.getState().deleteHighlight(id);
      // The marks go; keep the keyboard in the reader.
      if (focusInside) requestAnimationFrame(() => scrollRef.current?.focus({ preventScroll: true }));
    },
    [readerRef, scrollRef],
  );

  const navigate = useCallback(
    (step: 1 | -1) => {
      const state = useAppStore.getState();
      const placed = state.highlights.flatMap((h) => (h.anchor.status === 'anchored' ? [{ id: h.id, start: h.anchor.start, end: h.anchor.end }] : []));
      if (placed.length === 0) {
        announce('This article has no highlights yet');
        return;
      }
      const active = placed.some((h) => h.id === state.activeHighlightId) ? state.activeHighlightId : null;
      let from = 0;
      if (active === null) {
        // From where the reader is: ] to the first highlight in view or below, [ to the last one in view or above.
        const view = scrollRef.current?.getBoundingClientRect();
        const edge = step === 1 ? (view?.top ?? 0) : (view?.bottom ?? 0);
        const next = placed.find((h) => {
          const rect = marksOf(bodyRef.current, h.id)[0]?.getBoundingClientRect();
          return rect ? (step === 1 ? rect.bottom > edge : rect.top >= edge) : false;
        });
        from = next ? next.start : Number.MAX_SAFE_INTEGER;
      }
      const id = adjacentHighlight(placed, active, step, from);
      if (id === null) {
        announce(step === 1 ? 'No more highlights after this one' : 'No highlights before this one');
        return;
      }
      reveal(id, { focus: true });
      const highlight = state.highlights.find((h) => h.id === id)!;
      const index = placed.findIndex((h) => h.id === id);
      announce(`Highlight ${index + 1} of ${placed.length}, ${highlightLabel(highlight.color, state.settings?.highlightLabels)}`);
    },
    [announce, bodyRef, scrollRef, reveal],
  );

  /** Shift+arrows with nothing selected: start at the first words in view, then extend. */
  const extendSelection = useCallback(
    (event: KeyboardEvent) => {
      const body = bodyRef.current;
      const scroll = scrollRef.current;
      const current = document.getSelection();
      if (!body || !scroll || !current) return false;
      const inBody = current.rangeCount > 0 && body.contains(current.anchorNode) && body.contains(current.focusNode);
      if (!inBody) {
        const view = scroll.getBoundingClientRect();
        const box = body.getBoundingClientRect();
        const y = Math.max(box.top, view.top) + 12;
        const x = box.left + 2;
        const position = document.caretPositionFromPoint(x, y);
        if (position && body.contains(position.offsetNode)) current.collapse(position.offsetNode, position.offset);
        else current.collapse(body, 0);
      }
      const forward = event.key === 'ArrowRight' || event.key === 'ArrowDown';
      const vertical = event.key === 'ArrowUp' || event.key === 'ArrowDown';
      const granularity = vertical ? 'line' : event.ctrlKey || event.altKey ? 'word' : 'character';
      current.modify('extend', forward ? 'forward' : 'backward', granularity);
      return true;
    },
    [bodyRef, scrollRef],
  );

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const reader = readerRef.current;
    const target = event.target;
    if (!reader || !(target instanceof Element) || !isReaderKey(event, reader)) return;
    const state = useAppStore.getState();
    const active = state.highlights.some((h) => h.id === state.activeHighlightId && h.anchor.status === 'anchored')
      ? state.activeHighlightId
      : null;
    const command = event.ctrlKey || event.metaKey;

    if (command && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'z') {
      if (!state.undoableHighlight) return;
      event.preventDefault();
      void state.undoDeleteHighlight();
      return;
    }
    if (event.shiftKey && !event.metaKey && ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(event.key)) {
      if (target.closest('[role="toolbar"], [role="dialog"], [role="complementary"]')) return;
      if (extendSelection(event)) event.preventDefault();
      return;
    }
    if (command || event.altKey) return;

    if (event.key === 'Tab' && !event.shiftKey) {
      const toolbar = toolbarRef.current;
      if (!selection || !toolbar || toolbar.contains(target)) return;
      event.preventDefault();
      toolbar.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
      return;
    }

    const color = colorForKey(event.key);
    if (color) {
      event.preventDefault();
      const found = readSelection();
      if (found) void highlightSelection(color, { found });
      else if (active !== null) {
        void state.updateHighlight(active, { color });
        announce(`Colour changed to ${highlightLabel(color, state.settings?.highlightLabels)}`);
      }
      return;
    }

    switch (event.key) {
      case 'n':
      case 'N': {
        const found = readSelection();
        if (found) void highlightSelection(DEFAULT_HIGHLIGHT_COLOR, { note: true, found });
        else if (active !== null && popover && state.currentHighlightId(popover.id) === active) reader.querySelector<HTMLTextAreaElement>('.hl-popover textarea')?.focus();
        else if (active !== null) openPopover(active, 'note');
        else return;
        break;
      }
      case 'Delete':
      case 'Backspace':
        if (active === null) return;
        deleteHighlight(active);
        break;
      case ']':
        navigate(1);
        break;
      case '[':
        navigate(-1);
        break;
      case '?':
        setDialog('shortcuts');
        break;
      case 'Enter':
      case ' ': {
        const id = highlightIdAt(target);
        if (id === null || !target.matches('mark')) return;
        openPopover(id, 'color');
        break;
      }
      case 'Escape':
        if (document.getSelection()?.isCollapsed === false) {
          document.getSelection()?.removeAllRanges();
          setSelection(null);
        } else if (active !== null) {
          state.setActiveHighlight(null);
          scrollRef.current?.focus({ preventScroll: true });
        } else return;
        break;
      default:
        return;
    }
    event.preventDefault();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  // A click on a highlight opens it (a click that ends a drag selects, and a link still goes where it points);
  // a click elsewhere in the text lets go of the active highlight, so that Delete cannot reach one out of sight.
  const onHighlightClick = useEffectEvent((event: MouseEvent) => {
    if ((event.target as Element).closest('a')) return;
    if (document.getSelection()?.isCollapsed === false) return;
    const id = highlightIdAt(event.target);
    if (id === null) {
      useAppStore.getState().setActiveHighlight(null);
      return;
    }
    const mark = (event.target as Element).closest('mark');
    const index = marksOf(bodyRef.current, id).findIndex((m) => m === mark);
    openPopover(id, 'dialog', Math.max(0, index));
  });

  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const listener = (event: MouseEvent) => onHighlightClick(event);
    body.addEventListener('click', listener);
    return () => body.removeEventListener('click', listener);
  }, [bodyRef]);

  return {
    labels,
    selection,
    toolbarRef,
    popover,
    dialog,
    setDialog,
    wide,
    reveal,
    openPopover,
    closePopover,
    highlightSelection,
    copySelection,
    copyHighlight,
    deleteHighlight,
    announce,
  };
}
