/**
 * A highlight, opened (click it, Enter on it, "Edit" in the notes): its
 * colour, its note in Markdown with a preview, copy with citation, delete.
 * Not modal: it sits by the highlight, Escape or a click elsewhere closes it.
 * The note is saved as it is typed (a moment after typing stops), on leaving
 * the field, on Ctrl+Enter and on closing: nothing typed is lost.
 */
import { useEffect, useEffectEvent, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { PlacedHighlight, TlpMarking } from '../../shared/model.ts';
import type { Credibility, SourceGrade } from '../../shared/tradecraft/grades.ts';
import { HIGHLIGHT_COLORS, highlightLabel, type HighlightColor } from '../../shared/highlights.ts';
import { placeFloating } from '../reader/floating.ts';
import { labelledColors, type HighlightLabels } from '../reader/highlight-colors.ts';
import { CiteIcon, CloseIcon, QuoteIcon, TrashIcon } from './icons.tsx';
import { NoteEditor } from './NotesMarkdown.tsx';
import { useAppStore } from '../store/store.ts';
import { TagEditor } from './TagEditor.tsx';
import { CredibilitySelect, EvaluationBadge } from './Evaluation.tsx';
import { TlpSelect } from './TlpBadge.tsx';

/** Typing pauses this long before the note is saved. */
const SAVE_AFTER_MS = 700;

export type PopoverFocus = 'color' | 'note' | 'dialog';

interface HighlightPopoverProps {
  highlight: PlacedHighlight;
  labels: HighlightLabels;
  scrollRef: RefObject<HTMLElement | null>;
  /** The mark the popover belongs to, found afresh each time (marks are rebuilt when highlights move). */
  anchor: () => HTMLElement | null;
  initialFocus: PopoverFocus;
  onColor: (color: HighlightColor) => void;
  /** The article's source grade, for the "B2" badge. */
  sourceGrade: SourceGrade | null;
  onCredibility: (credibility: Credibility | null) => void;
  onMarking: (marking: TlpMarking) => void;
  onSaveNote: (note: string) => void;
  onCopy: () => void;
  onDelete: () => void;
  /** `returnFocus`: put focus back on the highlight (keyboard), or leave it where the click went. */
  onClose: (returnFocus: boolean) => void;
}

export function HighlightPopover(props: HighlightPopoverProps) {
  const { highlight, labels, scrollRef, anchor, initialFocus, onColor, onSaveNote, onCopy, onDelete, onClose } = props;
  const { sourceGrade, onCredibility, onMarking } = props;
  const [draft, setDraft] = useState(highlight.note);
  const popoverRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const radios = useRef<Array<HTMLButtonElement | null>>([]);
  const saved = useRef(highlight.note);
  const latest = useRef(highlight.note);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const save = useRef(onSaveNote);
  const titleId = useId();
  const colors = labelledColors(labels);
  const tagItems = useAppStore((s) => s.tagItems);
  const untagItems = useAppStore((s) => s.untagItems);
  const openCiteInJudgment = useAppStore((s) => s.openCiteInJudgment);
  const label = highlightLabel(highlight.color, labels);

  useEffect(() => {
    save.current = onSaveNote;
  }, [onSaveNote]);

  const commit = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (latest.current === saved.current) return;
    saved.current = latest.current;
    save.current(latest.current);
  };

  // Closing (or the highlight going away) saves what was typed.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (latest.current !== saved.current) {
        saved.current = latest.current;
        save.current(latest.current);
      }
    },
    [],
  );

  const place = useEffectEvent(() => {
    const popover = popoverRef.current;
    const scroll = scrollRef.current;
    const mark = anchor();
    if (!popover || !scroll || !mark) return;
    const scrollBox = scroll.getBoundingClientRect();
    const rects = mark.getClientRects();
    const rect = rects[0] ?? mark.getBoundingClientRect();
    const lastRect = rects[rects.length - 1] ?? rect;
    const toContent = (y: number) => y - scrollBox.top + scroll.scrollTop;
    const { top, left, side } = placeFloating({
      anchor: {
        top: toContent(rect.top),
        bottom: toContent(lastRect.bottom),
        left: rect.left - scrollBox.left + scroll.scrollLeft,
        right: rect.right - scrollBox.left + scroll.scrollLeft,
      },
      size: { width: popover.offsetWidth, height: popover.offsetHeight },
      view: { top: scroll.scrollTop, bottom: scroll.scrollTop + scroll.clientHeight, width: scroll.clientWidth },
      prefer: 'below',
      align: 'start',
      gap: 8,
      inset: 12,
    });
    popover.style.top = `${top}px`;
    popover.style.left = `${left}px`;
    popover.dataset.side = side;
  });

  // Placed on opening, and again whenever the popover or the reader changes size.
  useLayoutEffect(() => {
    place();
    const popover = popoverRef.current;
    if (!popover) return;
    const observer = new ResizeObserver(() => place());
    observer.observe(popover);
    if (scrollRef.current) observer.observe(scrollRef.current);
    return () => observer.disconnect();
  }, [scrollRef, highlight.id]);

  // First focus: the note field, the chosen colour (keyboard), or the popover itself (mouse).
  useLayoutEffect(() => {
    if (initialFocus === 'note') {
      const field = noteRef.current;
      field?.focus({ preventScroll: true });
      field?.setSelectionRange(field.value.length, field.value.length);
    } else if (initialFocus === 'color') {
      radios.current[HIGHLIGHT_COLORS.indexOf(highlight.color)]?.focus({ preventScroll: true });
    } else {
      popoverRef.current?.focus({ preventScroll: true });
    }
    popoverRef.current?.scrollIntoView({ block: 'nearest' });
    // Only on opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A press anywhere else closes the popover (the press goes on to do what it does).
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (popoverRef.current?.contains(event.target as Node)) return;
      onClose(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [onClose]);

  const onRadioKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    event.stopPropagation();
    const index = (HIGHLIGHT_COLORS.indexOf(highlight.color) + step + HIGHLIGHT_COLORS.length) % HIGHLIGHT_COLORS.length;
    const color = HIGHLIGHT_COLORS[index]!;
    onColor(color);
    radios.current[index]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      commit();
      onClose(true);
    }
  };

  return (
    <div
      ref={popoverRef}
      className="hl-popover"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-color={highlight.color}
      onKeyDown={onKeyDown}
    >
      <div className="hl-popover-head">
        <h3 className="hl-popover-title" id={titleId}>
          <span className="sr-only">Highlight: </span>
          <span className="hl-chip" data-color={highlight.color} aria-hidden="true" />
          {label}
          <EvaluationBadge grade={sourceGrade} credibility={highlight.credibility} />
        </h3>
        <div className="hl-popover-tools">
          <button type="button" className="icon-button" aria-label="Copy quote with citation" title="Copy quote with citation" onClick={onCopy}>
            <QuoteIcon />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Cite in judgment…"
            title="Cite in a key judgment…"
            aria-haspopup="dialog"
            onClick={() => {
              commit();
              openCiteInJudgment({ highlightId: highlight.id, articleId: highlight.articleId });
            }}
          >
            <CiteIcon />
          </button>
          <button type="button" className="icon-button hl-danger" aria-label="Delete highlight" title="Delete highlight (Delete)" onClick={onDelete}>
            <TrashIcon />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Close"
            title="Close (Esc)"
            onClick={() => {
              commit();
              onClose(true);
            }}
          >
            <CloseIcon />
          </button>
        </div>
      </div>
      <div className="hl-popover-colors" role="radiogroup" aria-label="Colour" onKeyDown={onRadioKeyDown}>
        {colors.map(({ color, label: name, key }, index) => (
          <button
            key={color}
            ref={(element) => {
              radios.current[index] = element;
            }}
            type="button"
            role="radio"
            aria-checked={color === highlight.color}
            tabIndex={color === highlight.color ? 0 : -1}
            className="hl-color-option"
            data-color={color}
            aria-keyshortcuts={key}
            onClick={() => onColor(color)}
          >
            <span className="hl-swatch" data-color={color} aria-hidden="true" />
            <span className="hl-color-option-label">{name}</span>
          </button>
        ))}
      </div>
      <div className="hl-popover-evaluation">
        <CredibilitySelect credibility={highlight.credibility} onChange={onCredibility} />
        <TlpSelect marking={highlight.marking} label="Highlight handling marking" onChange={onMarking} />
      </div>
      <NoteEditor
        label="Note"
        value={draft}
        rows={3}
        placeholder="What does this passage show, and how far can it be trusted?"
        textareaRef={noteRef}
        onChange={(value) => {
          setDraft(value);
          latest.current = value;
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(commit, SAVE_AFTER_MS);
        }}
        onCommit={({ close }) => {
          commit();
          if (close) onClose(true);
        }}
      />
      <TagEditor
        what="highlight"
        className="hl-popover-tags"
        tags={highlight.tags}
        onAdd={(name) => void tagItems('highlight', [highlight.id], name)}
        onRemove={(tag) => void untagItems('highlight', [highlight.id], tag.id)}
      />
    </div>
  );
}
