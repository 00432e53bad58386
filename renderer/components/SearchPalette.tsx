/**
 * The search palette (Ctrl/Cmd+K, or the sidebar's Search button): a query
 * box that searches as you type, filters, and the hits as a listbox. ↑/↓ move,
 * Enter opens the hit's article at the match, with focus in the reader; Escape
 * closes, and focus goes back where it was. The list is
 * virtualized, and more hits load as it scrolls to its end.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { HIGHLIGHT_COLORS } from '../../shared/highlights.ts';
import type { SearchFilters, SearchHit } from '../../shared/search/model.ts';
import { splitSnippet } from '../../shared/search/snippet.ts';
import { useBackdropClose } from '../dom/dialog-clicks.ts';
import { formatDate, isoDate, plural } from '../format.ts';
import { HIGHLIGHT_COLOR_STYLE, labelledColors } from '../reader/highlight-colors.ts';
import { focusReaderWhenShown } from '../reader/focus-reader.ts';
import { isMac } from '../reader/shortcuts.ts';
import { useAppStore } from '../store/store.ts';
import { CloseIcon, FileIcon, HighlightIcon, NoteIcon, SearchIcon } from './icons.tsx';

export const SEARCH_SHORTCUT = isMac ? '⌘K' : 'Ctrl+K';

/** Opens the palette on Ctrl/Cmd+K anywhere in the window, and shows it while open. */
export function SearchPalette() {
  const open = useAppStore((s) => s.searchOpen);
  const openSearch = useAppStore((s) => s.openSearch);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        openSearch();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openSearch]);

  return open ? <SearchDialog /> : null;
}

/** The sidebar's visible way in. */
export function SearchButton() {
  const openSearch = useAppStore((s) => s.openSearch);
  return (
    <button type="button" className="search-button" onClick={openSearch} aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}>
      <SearchIcon />
      <span className="search-button-label">Search</span>
      <kbd className="search-button-key">{SEARCH_SHORTCUT}</kbd>
    </button>
  );
}

/** Estimated row height before a row is measured. */
const ROW_ESTIMATE = 78;

function SearchDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const listId = useId();
  const statusId = useId();
  const query = useAppStore((s) => s.searchQuery);
  const hits = useAppStore((s) => s.searchHits);
  const recent = useAppStore((s) => s.searchRecent);
  const more = useAppStore((s) => s.searchMore);
  const status = useAppStore((s) => s.searchStatus);
  const error = useAppStore((s) => s.searchError);
  const setQuery = useAppStore((s) => s.setSearchQuery);
  const closeSearch = useAppStore((s) => s.closeSearch);
  const openSearchHit = useAppStore((s) => s.openSearchHit);
  const openedArticle = useRef<number | null>(null);
  const openHit = (hit: SearchHit) => {
    openedArticle.current = hit.articleId;
    openSearchHit(hit);
  };
  const loadMore = useAppStore((s) => s.loadMoreSearchHits);
  const backdropClose = useBackdropClose(dialogRef, closeSearch);
  const [active, setActive] = useState(0);
  const [shownHits, setShownHits] = useState(hits);
  // New hits (a new query or filter) start again at the first one; more hits loaded keep the place.
  if (shownHits !== hits) {
    setShownHits(hits);
    if (hits[0] !== shownHits[0]) setActive(0);
  }

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read while rendering this component only; nothing memoized receives it.
  const virtualizer = useVirtualizer({
    count: hits.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
  });
  const rows = virtualizer.getVirtualItems();
  const lastRow = rows.at(-1)?.index ?? -1;

  useEffect(() => {
    if (more && lastRow >= hits.length - 5) void loadMore();
  }, [more, lastRow, hits.length, loadMore]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    inputRef.current?.select();
    return () => {
      if (dialog.open) dialog.close();
      // A hit opened: reading goes on at its passage, from the keyboard too.
      if (openedArticle.current !== null) focusReaderWhenShown(openedArticle.current);
      else if (opener?.isConnected && !opener.closest('.reader-pane')) opener.focus({ preventScroll: true });
    };
  }, []);

  const move = (to: number) => {
    if (hits.length === 0) return;
    const next = Math.max(0, Math.min(hits.length - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') move(active + 1);
    else if (event.key === 'ArrowUp') move(active - 1);
    else if (event.key === 'PageDown') move(active + 8);
    else if (event.key === 'PageUp') move(active - 8);
    else if (event.key === 'Enter') {
      const hit = hits[active];
      if (hit) openHit(hit);
    } else return;
    event.preventDefault();
  };

  const optionId = (index: number) => `${listId}-${index}`;
  let statusText: string;
  if (status === 'error') statusText = `Search failed: ${error ?? ''}`;
  else if (recent) statusText = hits.length > 0 ? 'Recently saved articles' : 'No articles match these filters';
  else if (hits.length === 0) statusText = status === 'loading' ? 'Searching…' : `Nothing matches “${query.trim()}”`;
  else statusText = more ? `More than ${plural(hits.length, 'result')}` : plural(hits.length, 'result');

  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog search-dialog"
      aria-label="Search the library"
      onCancel={(event) => {
        event.preventDefault();
        closeSearch();
      }}
      {...backdropClose}
    >
      <div className="search-box">
        <span className="search-box-icon">
          <SearchIcon />
        </span>
        <input
          ref={inputRef}
          className="search-input"
          type="text"
          role="combobox"
          aria-label="Search articles, highlights and notes"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-describedby={statusId}
          aria-activedescendant={hits[active] ? optionId(active) : undefined}
          placeholder="Search titles, text, highlights and notes"
          spellCheck={false}
          autoComplete="off"
          value={query}
          maxLength={500}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="icon-button" aria-label="Close search" title="Close (Esc)" onClick={closeSearch}>
          <CloseIcon />
        </button>
      </div>
      <SearchFilterRow />
      <div className="search-status" id={statusId} role="status" aria-live="polite">
        {statusText}
      </div>
      <div ref={listRef} className="search-results" style={HIGHLIGHT_COLOR_STYLE}>
        <div role="listbox" id={listId} aria-label="Results" className="search-results-inner" style={{ height: virtualizer.getTotalSize() }}>
          {rows.map((row) => {
            const hit = hits[row.index]!;
            return (
              <div
                key={row.key}
                ref={virtualizer.measureElement}
                data-index={row.index}
                id={optionId(row.index)}
                role="option"
                aria-selected={row.index === active}
                className="search-hit"
                style={{ transform: `translateY(${row.start}px)` }}
                onMouseMove={() => {
                  if (row.index !== active) setActive(row.index);
                }}
                onClick={() => openHit(hit)}
              >
                <HitRow hit={hit} />
              </div>
            );
          })}
        </div>
      </div>
      <footer className="search-footer" aria-hidden="true">
        <span>
          <kbd>↑</kbd> <kbd>↓</kbd> move
        </span>
        <span>
          <kbd>Enter</kbd> open at the match
        </span>
        <span>
          <kbd>Esc</kbd> close
        </span>
        <span className="search-footer-syntax">
          "phrase" · nato* · a OR b · -word
        </span>
      </footer>
    </dialog>
  );
}

const KIND_LABELS = { article: 'Article', highlight: 'Highlight', note: 'Note' } as const;

function HitRow({ hit }: { hit: SearchHit }) {
  const date = hit.publishedAt ?? hit.savedAt;
  return (
    <>
      <span className={`search-hit-kind search-hit-kind-${hit.kind}`} data-color={hit.color ?? undefined} title={KIND_LABELS[hit.kind]}>
        {hit.kind === 'article' ? <FileIcon /> : hit.kind === 'highlight' ? <HighlightIcon /> : <NoteIcon />}
        <span className="sr-only">{KIND_LABELS[hit.kind]}: </span>
      </span>
      <span className="search-hit-body">
        <span className="search-hit-title" dir="auto">
          {hit.title}
        </span>
        {hit.snippet ? (
          <span className="search-hit-snippet" dir="auto">
            {splitSnippet(hit.snippet).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
          </span>
        ) : null}
        <span className="search-hit-meta">
          {hit.siteName ? <span>{hit.siteName}</span> : null}
          <time dateTime={isoDate(date)}>{formatDate(date, { short: true })}</time>
        </span>
      </span>
    </>
  );
}

/** Briefing, tag, site, colour, dates, unread and has-notes: each narrows the results at once. */
function SearchFilterRow() {
  const filters = useAppStore((s) => s.searchFilters);
  const setFilters = useAppStore((s) => s.setSearchFilters);
  const briefings = useAppStore((s) => s.briefings);
  const facets = useAppStore((s) => s.searchFacets);
  const labels = useAppStore((s) => s.settings?.highlightLabels);
  const change = (patch: Partial<SearchFilters>) => {
    const next: SearchFilters = { ...filters, ...patch };
    // A filter set back to "Any" (or unticked) is left out, so "Clear filters" shows only when one is on.
    for (const key of Object.keys(next) as Array<keyof SearchFilters>) if (next[key] === undefined || next[key] === false) delete next[key];
    setFilters(next);
  };
  const idOf = (value: string) => (value === '' ? undefined : Number(value));
  const active = Object.keys(filters).length > 0;

  return (
    <fieldset className="search-filters">
      <legend className="sr-only">Filters</legend>
      <label className="search-filter">
        <span>Briefing</span>
        <select value={filters.briefingId ?? ''} onChange={(event) => change({ briefingId: idOf(event.target.value) })}>
          <option value="">Any</option>
          {briefings.map((briefing) => (
            <option key={briefing.id} value={briefing.id}>
              {briefing.title}
            </option>
          ))}
        </select>
      </label>
      <label className="search-filter">
        <span>Tag</span>
        <select value={filters.tagId ?? ''} disabled={facets.tags.length === 0} onChange={(event) => change({ tagId: idOf(event.target.value) })}>
          <option value="">{facets.tags.length === 0 ? 'No tags yet' : 'Any'}</option>
          {facets.tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.name}
            </option>
          ))}
        </select>
      </label>
      <label className="search-filter">
        <span>Site</span>
        <select value={filters.site ?? ''} onChange={(event) => change({ site: event.target.value || undefined })}>
          <option value="">Any</option>
          {facets.sites.map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
      </label>
      <label className="search-filter">
        <span>Colour</span>
        <select value={filters.color ?? ''} onChange={(event) => change({ color: HIGHLIGHT_COLORS.find((c) => c === event.target.value) })}>
          <option value="">Any</option>
          {labelledColors(labels ?? {}).map(({ color, label }) => (
            <option key={color} value={color}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <SearchDateRange label="Saved" from={filters.savedFrom} to={filters.savedTo} onChange={(from, to) => change({ savedFrom: from, savedTo: to })} />
      <SearchDateRange
        label="Published"
        from={filters.publishedFrom}
        to={filters.publishedTo}
        onChange={(from, to) => change({ publishedFrom: from, publishedTo: to })}
      />
      <label className="search-filter search-filter-check">
        <input type="checkbox" checked={filters.unread ?? false} onChange={(event) => change({ unread: event.target.checked })} />
        <span>Unread</span>
      </label>
      <label className="search-filter search-filter-check">
        <input type="checkbox" checked={filters.hasNotes ?? false} onChange={(event) => change({ hasNotes: event.target.checked })} />
        <span>Has notes</span>
      </label>
      {active ? (
        <button type="button" className="button button-quiet search-filters-clear" onClick={() => setFilters({})}>
          Clear filters
        </button>
      ) : null}
    </fieldset>
  );
}

/** A pair of day inputs kept together on one line: "Saved [from] – [to]". */
function SearchDateRange(props: { label: string; from: string | undefined; to: string | undefined; onChange: (from: string | undefined, to: string | undefined) => void }) {
  const { label, from, to, onChange } = props;
  return (
    <span className="search-filter" role="group" aria-label={label}>
      <span aria-hidden="true">{label}</span>
      <input type="date" aria-label={`${label} from`} value={from ?? ''} max={to} onChange={(event) => onChange(event.target.value || undefined, to)} />
      <span aria-hidden="true">–</span>
      <input type="date" aria-label={`${label} to`} value={to ?? ''} min={from} onChange={(event) => onChange(from, event.target.value || undefined)} />
    </span>
  );
}
