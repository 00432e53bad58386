/**
 * The evidence locker: every highlight in the library, newest first, in a
 * virtualized multi-select listbox. Each row shows the quote (with its
 * colour), the note (Markdown), tags, the source, the evaluation code ("B2")
 * and a marking other than CLEAR. Filters: words in quote or note, colour,
 * tag, briefing, site, source grade, credibility, marking.
 *
 * Enter, a click or a double click opens the highlight: its article opens in
 * the reader, scrolled to the passage. Choosing rows: Space or the checkbox
 * adds or removes one, Ctrl/⌘+click too, Shift+click or Shift+arrows extend
 * from the last one chosen; "Add to briefing…" sends the chosen highlights'
 * articles to a briefing.
 */
import { memo, useEffect, useId, useState } from 'react';
import { HIGHLIGHT_COLORS, highlightLabel, type HighlightColor } from '../../shared/highlights.ts';
import type { TlpMarking } from '../../shared/model.ts';
import { countFilters, type HighlightFilters } from '../../shared/organize.ts';
import type { Credibility, SourceGrade } from '../../shared/tradecraft/grades.ts';
import { formatDate, isoDate, plural, sourceName } from '../format.ts';
import { HIGHLIGHT_COLOR_STYLE } from '../reader/highlight-colors.ts';
import { EMPTY_SELECTION, gestureOf, select } from '../list/selection.ts';
import { useAppStore } from '../store/store.ts';
import { EmptyState } from './EmptyState.tsx';
import { CredibilityOptions, EvaluationBadge, MarkingOptions, SourceGradeOptions } from './Evaluation.tsx';
import { EvidenceIcon } from './icons.tsx';
import { NoteView } from './NotesMarkdown.tsx';
import { TagChips } from './TagChips.tsx';
import { TlpBadge } from './TlpBadge.tsx';
import { VirtualListbox } from './VirtualListbox.tsx';

/** A row's height before it is measured (three lines of quote, a note line, the source). */
const ROW_ESTIMATE = 132;
/** Typing in the search field waits this long before the list reloads. */
const SEARCH_AFTER_MS = 250;
const NO_LABELS = {};

export function EvidenceLocker({ titleId }: { titleId: string }) {
  const evidence = useAppStore((s) => s.evidence);
  const selection = useAppStore((s) => s.evidenceSelection);
  const setSelection = useAppStore((s) => s.setEvidenceSelection);
  const loadRange = useAppStore((s) => s.loadEvidenceRange);
  const openEvidence = useAppStore((s) => s.openEvidence);
  const openedId = useAppStore((s) => s.pendingReveal?.highlightId ?? s.activeHighlightId);
  const filtered = useAppStore((s) => countFilters(s.evidenceFilters) > 0);
  const openAddHighlightsToBriefing = useAppStore((s) => s.openAddHighlightsToBriefing);
  const { ids, total, status } = evidence;

  const open = (index: number) => {
    const id = ids[index];
    if (id !== undefined) openEvidence(id);
  };

  return (
    <div className="evidence" style={HIGHLIGHT_COLOR_STYLE}>
      <header className="pane-header view-header">
        <h1 className="view-title" id={titleId}>
          Evidence
        </h1>
        <p className="view-subtitle" aria-live="polite">
          {status === 'ready' ? plural(total, 'highlight') : '\u00a0'}
        </p>
      </header>
      <EvidenceFilters />
      <div className="evidence-actions" role="toolbar" aria-label="Chosen highlights">
        <span className="evidence-count" aria-live="polite">
          {selection.ids.length > 0 ? `${plural(selection.ids.length, 'highlight')} chosen` : 'Choose with Space, Shift or Ctrl'}
        </span>
        {selection.ids.length > 0 ? (
          <button type="button" className="button button-quiet button-small" onClick={() => setSelection(EMPTY_SELECTION)}>
            Clear
          </button>
        ) : null}
        <button
          type="button"
          className="button button-small button-primary"
          aria-haspopup="dialog"
          disabled={selection.ids.length === 0}
          onClick={() => openAddHighlightsToBriefing(selection.ids)}
        >
          Add to briefing…
        </button>
      </div>
      {total > 0 ? (
        <VirtualListbox
          label="Highlights"
          className="evidence-scroll"
          count={total}
          estimateSize={ROW_ESTIMATE}
          selectedIndex={openedId === null ? -1 : ids.indexOf(openedId)}
          multiselectable
          busy={status === 'loading'}
          rowClassName="evidence-row"
          rowId={(index) => `evidence-row-${index}`}
          rowAttributes={(index) => {
            const id = ids[index];
            return id === undefined
              ? { 'data-loading': true }
              : {
                  'data-highlight-id': id,
                  'data-opened': id === openedId || undefined,
                  'aria-labelledby': `evidence-${id}-quote`,
                  'aria-describedby': `evidence-${id}-source`,
                };
          }}
          isSelected={(index) => ids[index] !== undefined && selection.ids.includes(ids[index])}
          renderRow={(index) => {
            const id = ids[index];
            return id === undefined ? (
              <RowPlaceholder />
            ) : (
              <EvidenceRow
                id={id}
                chosen={selection.ids.includes(id)}
                onToggle={() => setSelection(select(useAppStore.getState().evidenceSelection, ids, index, 'toggle'))}
              />
            );
          }}
          onMove={(index, keys) => {
            const current = useAppStore.getState().evidenceSelection;
            if (keys.via === 'space') setSelection(select(current, ids, index, 'toggle'));
            else if (keys.via === 'click') {
              const gesture = gestureOf(keys);
              if (gesture === 'only') open(index);
              else setSelection(select(current, ids, index, gesture));
            } else if (keys.shiftKey) setSelection(select(current, ids, index, 'range'));
          }}
          onActivate={open}
          onRangeChange={(start, end) => void loadRange(start, end)}
        />
      ) : (
        <div className="list-scroll">
          {status === 'loading' ? <div className="list-skeleton" aria-hidden="true" /> : null}
          {status === 'error' ? (
            <EmptyState title="The highlights could not be listed" tone="error">
              <p>{evidence.error}</p>
            </EmptyState>
          ) : null}
          {status === 'ready' ? (
            filtered ? (
              <EmptyState title="No highlights match">
                <p>No highlight matches these filters. Clear a filter to see more.</p>
              </EmptyState>
            ) : (
              <EmptyState title="No evidence yet" icon={<EvidenceIcon />}>
                <p>Every passage you highlight, in any article, gathers here with its note and its source.</p>
              </EmptyState>
            )
          ) : null}
        </div>
      )}
    </div>
  );
}

function RowPlaceholder() {
  return (
    <div className="evidence-row-body" aria-hidden="true">
      <div className="skeleton-line skeleton-title" />
      <div className="skeleton-line skeleton-meta" />
    </div>
  );
}

const EvidenceRow = memo(function EvidenceRow({ id, chosen, onToggle }: { id: number; chosen: boolean; onToggle: () => void }) {
  const item = useAppStore((s) => s.evidence.byId[id]);
  const labels = useAppStore((s) => s.settings?.highlightLabels ?? NO_LABELS);
  if (!item) return null;
  const { highlight, article } = item;
  const source = sourceName(article.siteName, article.url);
  const date = article.publishedAt ?? article.savedAt;
  return (
    <>
      <span
        className="evidence-check"
        data-checked={chosen || undefined}
        aria-hidden="true"
        onClick={(event) => {
          event.stopPropagation();
          onToggle();
        }}
      />
      <div className="evidence-row-body" data-color={highlight.color}>
        {/* The quote's own direction: dir=auto skips the label, which has its own. */}
        <blockquote className="evidence-quote" id={`evidence-${id}-quote`} dir="auto">
          <span className="sr-only" dir="ltr">
            {highlightLabel(highlight.color, labels)}:{' '}
          </span>
          {highlight.quote.exact}
        </blockquote>
        {highlight.note.trim() !== '' ? <NoteView markdown={highlight.note} className="evidence-note" linksFocusable={false} /> : null}
        {highlight.tags.length > 0 ? <TagChips tags={highlight.tags} /> : null}
        <div className="evidence-source" id={`evidence-${id}-source`}>
          <p className="evidence-source-title" dir="auto">
            {article.title}
          </p>
          <p className="evidence-source-meta">
            {source ? <span>{source}</span> : null}
            {date ? <time dateTime={isoDate(date)}>{formatDate(date)}</time> : null}
            <EvaluationBadge grade={article.sourceGrade} credibility={highlight.credibility} />
            {highlight.marking !== 'CLEAR' ? <TlpBadge marking={highlight.marking} /> : null}
          </p>
        </div>
      </div>
    </>
  );
});

function EvidenceFilters() {
  const filters = useAppStore((s) => s.evidenceFilters);
  const setFilters = useAppStore((s) => s.setEvidenceFilters);
  const tags = useAppStore((s) => s.tags);
  const sites = useAppStore((s) => s.sites);
  const briefings = useAppStore((s) => s.briefings);
  const labels = useAppStore((s) => s.settings?.highlightLabels ?? NO_LABELS);
  const [text, setText] = useState(filters.text ?? '');
  const searchId = useId();

  const update = <K extends keyof HighlightFilters>(key: K, value: HighlightFilters[K] | undefined) => {
    const next: HighlightFilters = { ...useAppStore.getState().evidenceFilters };
    if (value === undefined) delete next[key];
    else next[key] = value;
    setFilters(next);
  };

  // The list follows the search field a moment after typing stops.
  useEffect(() => {
    const wanted = text.trim() === '' ? undefined : text.trim().slice(0, 200);
    if (wanted === useAppStore.getState().evidenceFilters.text) return;
    const timer = setTimeout(() => update('text', wanted), SEARCH_AFTER_MS);
    return () => clearTimeout(timer);
    // `update` reads the store afresh; only the text matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  const idOrUndefined = (value: string) => (value === '' ? undefined : Number(value));

  return (
    <div className="evidence-filters" role="group" aria-label="Filter highlights">
      <label className="sr-only" htmlFor={searchId}>
        Words in quote or note
      </label>
      <input
        id={searchId}
        className="text-input evidence-search"
        type="search"
        placeholder="Words in quote or note"
        maxLength={200}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <select
        className="select"
        aria-label="Colour"
        value={filters.color ?? ''}
        onChange={(e) => update('color', e.target.value === '' ? undefined : (e.target.value as HighlightColor))}
      >
        <option value="">Any colour</option>
        {HIGHLIGHT_COLORS.map((color) => (
          <option key={color} value={color}>
            {highlightLabel(color, labels)}
          </option>
        ))}
      </select>
      <select className="select" aria-label="Tag" value={filters.tagId ?? ''} onChange={(e) => update('tagId', idOrUndefined(e.target.value))}>
        <option value="">Any tag</option>
        {tags.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      <select className="select" aria-label="Briefing" value={filters.briefingId ?? ''} onChange={(e) => update('briefingId', idOrUndefined(e.target.value))}>
        <option value="">Any briefing</option>
        {briefings.map((b) => (
          <option key={b.id} value={b.id}>
            {b.title}
          </option>
        ))}
      </select>
      <select className="select" aria-label="Site" value={filters.site ?? ''} onChange={(e) => update('site', e.target.value === '' ? undefined : e.target.value)}>
        <option value="">Any site</option>
        {sites.map((s) => (
          <option key={s.site} value={s.site}>
            {s.site}
          </option>
        ))}
      </select>
      <select
        className="select"
        aria-label="Source grade"
        value={filters.sourceGrade ?? ''}
        onChange={(e) => update('sourceGrade', e.target.value === '' ? undefined : (e.target.value as SourceGrade))}
      >
        <option value="">Any source grade</option>
        <SourceGradeOptions />
      </select>
      <select
        className="select"
        aria-label="Credibility"
        value={filters.credibility ?? ''}
        onChange={(e) => update('credibility', e.target.value === '' ? undefined : (Number(e.target.value) as Credibility))}
      >
        <option value="">Any credibility</option>
        <CredibilityOptions />
      </select>
      <select
        className="select"
        aria-label="Marking"
        value={filters.marking ?? ''}
        onChange={(e) => update('marking', e.target.value === '' ? undefined : (e.target.value as TlpMarking))}
      >
        <option value="">Any marking</option>
        <MarkingOptions />
      </select>
    </div>
  );
}
