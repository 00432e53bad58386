/**
 * The notes panel beside the reader (toolbar "Notes"): the article's own
 * note, then every highlight in reading order — colour and meaning, the
 * quoted words, the note — and, last, highlights that could not be placed in
 * the article's current text, with their words and notes, so nothing an
 * analyst wrote is lost. A highlight in the list takes you to its passage.
 */
import { useId, useRef, useState, type MouseEvent } from 'react';
import { highlightLabel } from '../../shared/highlights.ts';
import type { PlacedHighlight } from '../../shared/model.ts';
import { quoteText } from '../../shared/citation.ts';
import type { HighlightLabels } from '../reader/highlight-colors.ts';
import { useArticleHighlights } from '../reader/use-article-highlights.ts';
import { useAppStore } from '../store/store.ts';
import { CloseIcon, NoteIcon, PencilIcon, TrashIcon } from './icons.tsx';
import { NoteEditor, NoteView } from './NotesMarkdown.tsx';
import { EvaluationBadge } from './Evaluation.tsx';
import { TlpBadge } from './TlpBadge.tsx';

export const NOTES_PANEL_ID = 'reader-notes-panel';

interface NotesPanelProps {
  articleId: number;
  labels: HighlightLabels;
  /** Scroll to the passage, flash it and make it the active highlight. */
  onReveal: (id: number) => void;
  /** Open the highlight's popover with its note editor. */
  onEditNote: (id: number) => void;
  onDelete: (id: number) => void;
  onClose: () => void;
}

export function NotesPanel({ articleId, labels, onReveal, onEditNote, onDelete, onClose }: NotesPanelProps) {
  const highlights = useArticleHighlights(articleId);
  const activeId = useAppStore((s) => s.activeHighlightId);
  const headingId = useId();
  const highlightsId = useId();
  const orphansId = useId();
  const placed = highlights.filter((h) => h.anchor.status === 'anchored');
  const orphans = highlights.filter((h) => h.anchor.status === 'orphaned');
  const status = useAppStore((s) => (s.highlightsArticleId === articleId ? s.highlightsStatus : 'loading'));

  return (
    <aside className="notes-panel" id={NOTES_PANEL_ID} role="complementary" aria-label="Notes">
      <header className="notes-panel-header">
        <h3 className="notes-panel-title" id={headingId}>
          Notes
        </h3>
        <button type="button" className="icon-button" aria-label="Close notes" title="Close notes" onClick={onClose}>
          <CloseIcon />
        </button>
      </header>
      <div className="notes-panel-scroll">
        <ArticleNoteSection articleId={articleId} />

        <section className="notes-section" aria-labelledby={highlightsId}>
          <h4 className="notes-section-title" id={highlightsId}>
            Highlights
            {placed.length > 0 ? <span className="notes-count">{placed.length}</span> : null}
          </h4>
          {placed.length === 0 ? (
            <p className="notes-empty">
              {status === 'loading'
                ? 'Loading highlights…'
                : 'Select words in the article to highlight them. Press ? for the keyboard shortcuts.'}
            </p>
          ) : (
            <ol className="notes-list">
              {placed.map((highlight) => (
                <HighlightItem
                  key={highlight.id}
                  highlight={highlight}
                  active={highlight.id === activeId}
                  labels={labels}
                  onReveal={onReveal}
                  onEditNote={onEditNote}
                />
              ))}
            </ol>
          )}
        </section>

        {orphans.length > 0 ? (
          <section className="notes-section notes-orphans" aria-labelledby={orphansId}>
            <h4 className="notes-section-title" id={orphansId}>
              Could not be placed
              <span className="notes-count">{orphans.length}</span>
            </h4>
            <p className="notes-hint">
              The article’s text has changed, and these passages are no longer in it. They are kept here with their
              notes.
            </p>
            <ol className="notes-list">
              {orphans.map((highlight) => (
                <OrphanItem key={highlight.id} highlight={highlight} labels={labels} onDelete={onDelete} />
              ))}
            </ol>
          </section>
        ) : null}
      </div>
    </aside>
  );
}

function HighlightItem({
  highlight,
  active,
  labels,
  onReveal,
  onEditNote,
}: {
  highlight: PlacedHighlight;
  active: boolean;
  labels: HighlightLabels;
  onReveal: (id: number) => void;
  onEditNote: (id: number) => void;
}) {
  const label = highlightLabel(highlight.color, labels);
  const hasNote = highlight.note.trim() !== '';
  const quote = quoteText(highlight.quote.exact);
  const sourceGrade = useAppStore((s) => s.readerArticle?.sourceGrade ?? null);

  // The whole card takes you to the passage; its buttons and the note's links do their own thing.
  const onClick = (event: MouseEvent<HTMLLIElement>) => {
    if ((event.target as Element).closest('button, a')) return;
    if (document.getSelection()?.isCollapsed === false) return;
    onReveal(highlight.id);
  };

  return (
    <li className="notes-item" data-color={highlight.color} data-active={active || undefined} onClick={onClick}>
      <div className="notes-item-head">
        <span className="hl-chip" data-color={highlight.color} aria-hidden="true" />
        <span className="notes-item-label">{label}</span>
        <EvaluationBadge grade={sourceGrade} credibility={highlight.credibility} />
        {highlight.marking !== 'CLEAR' ? <TlpBadge marking={highlight.marking} /> : null}
        <button
          type="button"
          className="icon-button notes-item-edit"
          aria-label={`${hasNote ? 'Edit note' : 'Add a note'}: ${quote.slice(0, 60)}`}
          title={hasNote ? 'Edit note' : 'Add a note'}
          onClick={() => onEditNote(highlight.id)}
        >
          {hasNote ? <PencilIcon /> : <NoteIcon />}
        </button>
      </div>
      {/* The quote's own direction: dir=auto skips the label, which has its own. */}
      <button type="button" className="notes-item-quote" dir="auto" onClick={() => onReveal(highlight.id)}>
        <span className="sr-only" dir="ltr">
          {label}:{' '}
        </span>
        {quote}
      </button>
      {hasNote ? <NoteView markdown={highlight.note} className="notes-item-note" /> : null}
    </li>
  );
}

function OrphanItem({ highlight, labels, onDelete }: { highlight: PlacedHighlight; labels: HighlightLabels; onDelete: (id: number) => void }) {
  const label = highlightLabel(highlight.color, labels);
  const quote = quoteText(highlight.quote.exact);
  return (
    <li className="notes-item notes-item-orphan" data-color={highlight.color}>
      <div className="notes-item-head">
        <span className="hl-chip" data-color={highlight.color} aria-hidden="true" />
        <span className="notes-item-label">{label}</span>
        <button
          type="button"
          className="icon-button hl-danger notes-item-edit"
          aria-label={`Delete orphaned highlight: ${quote.slice(0, 60)}`}
          title="Delete"
          onClick={() => onDelete(highlight.id)}
        >
          <TrashIcon />
        </button>
      </div>
      <blockquote className="notes-item-quote notes-item-quote-orphan" dir="auto">
        {quote}
      </blockquote>
      {highlight.note.trim() !== '' ? <NoteView markdown={highlight.note} className="notes-item-note" /> : null}
    </li>
  );
}

/** The article's own note: shown rendered, edited in place; saved on leaving the field or Ctrl+Enter. */
function ArticleNoteSection({ articleId }: { articleId: number }) {
  const note = useAppStore((s) => (s.articleNoteArticleId === articleId ? s.articleNote : null));
  const status = useAppStore((s) => (s.articleNoteArticleId === articleId ? s.articleNoteStatus : 'loading'));
  const saveArticleNote = useAppStore((s) => s.saveArticleNote);
  const [draft, setDraft] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const body = note?.body ?? '';
  const editing = draft !== null;

  /** Saves and leaves the editor; from the keyboard (Ctrl+Enter, Escape) focus goes back to the button. */
  const commit = (returnFocus: boolean) => {
    if (draft === null) return;
    if (draft !== body) void saveArticleNote(articleId, draft);
    setDraft(null);
    if (returnFocus) requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <section className="notes-section notes-article" aria-labelledby={headingId}>
      <div className="notes-section-head">
        <h4 className="notes-section-title" id={headingId}>
          Article note
        </h4>
        {!editing && body !== '' ? (
          <button ref={editButton} type="button" className="button button-quiet button-small" onClick={() => setDraft(body)}>
            <PencilIcon />
            Edit
          </button>
        ) : null}
      </div>
      {editing ? (
        <NoteEditor
          label="Article note"
          showLabel={false}
          value={draft}
          rows={5}
          placeholder="Why this article matters, what it shows, how far to trust it…"
          autoFocus
          onChange={setDraft}
          onCommit={({ close }) => commit(close)}
        />
      ) : body !== '' ? (
        <NoteView markdown={body} className="notes-article-note" />
      ) : (
        <button
          ref={editButton}
          type="button"
          className="notes-add"
          disabled={status === 'loading'}
          onClick={() => setDraft('')}
        >
          <NoteIcon />
          Add a note on this article
        </button>
      )}
    </section>
  );
}
