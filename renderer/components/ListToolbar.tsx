/**
 * Above the article list: the sort order (and its direction) and the filter
 * bar — briefing, tag, site, saved and published dates, highlight colour,
 * notes, reading status, source grade, marking. A filter the view already applies (its briefing, its
 * tag, unread) is not offered again. Set filters show as chips that clear
 * with one click; "Clear filters" clears them all.
 */
import { useId, useState, type ReactNode } from 'react';
import { HIGHLIGHT_COLORS, highlightLabel, type HighlightColor } from '../../shared/highlights.ts';
import { READING_STATUSES, type ReadingStatus, type TlpMarking } from '../../shared/model.ts';
import { formatSourceGrade, type SourceGrade } from '../../shared/tradecraft/grades.ts';
import {
  ARTICLE_SORTS,
  DEFAULT_SORT_DIRECTION,
  SORT_LABELS,
  countFilters,
  type ArticleFilters,
  type ArticleSort,
} from '../../shared/organize.ts';
import { useAppStore } from '../store/store.ts';
import { MarkingOptions, SourceGradeOptions } from './Evaluation.tsx';
import { CloseIcon, FilterIcon, SortIcon } from './icons.tsx';
import { tlpLabel } from './TlpBadge.tsx';

const STATUS_LABELS: Record<ReadingStatus, string> = { unread: 'Unread', reading: 'In progress', read: 'Read' };
const NO_LABELS = {};

export function ListToolbar() {
  const kind = useAppStore((s) => s.view.kind);
  const sort = useAppStore((s) => s.articleSort);
  const setSort = useAppStore((s) => s.setArticleSort);
  const filters = useAppStore((s) => s.articleFilters);
  const [open, setOpen] = useState(false);
  const barId = useId();
  const sortId = useId();
  const inBriefing = kind === 'briefing';
  const current = sort?.sort ?? (inBriefing ? 'briefing' : 'saved');
  const direction = sort?.direction ?? (current === 'briefing' ? 'asc' : DEFAULT_SORT_DIRECTION[current]);
  const count = countFilters(filters);

  return (
    <div className="list-toolbar">
      <div className="list-toolbar-row">
        <label className="list-sort" htmlFor={sortId}>
          <SortIcon />
          <span className="sr-only">Sort by</span>
          <select
            id={sortId}
            className="select select-quiet"
            value={current}
            onChange={(event) => {
              const value = event.target.value;
              if (value === 'briefing') setSort(null);
              else setSort({ sort: value as ArticleSort, direction: DEFAULT_SORT_DIRECTION[value as ArticleSort] });
            }}
          >
            {inBriefing ? <option value="briefing">Briefing order</option> : null}
            {ARTICLE_SORTS.map((key) => (
              <option key={key} value={key}>
                {SORT_LABELS[key]}
              </option>
            ))}
          </select>
        </label>
        {current !== 'briefing' ? (
          <button
            type="button"
            className="button button-quiet button-small"
            aria-label={`Sort direction: ${directionLabel(current, direction)}. Reverse it`}
            title="Reverse the order"
            onClick={() => setSort({ sort: current, direction: direction === 'asc' ? 'desc' : 'asc' })}
          >
            {directionLabel(current, direction)}
          </button>
        ) : null}
        <span className="list-toolbar-spacer" />
        <button
          type="button"
          className="button button-quiet button-small"
          aria-expanded={open}
          aria-controls={barId}
          data-active={count > 0 || undefined}
          onClick={() => setOpen(!open)}
        >
          <FilterIcon />
          Filters{count > 0 ? ` (${count})` : ''}
        </button>
      </div>
      {open ? <FilterBar id={barId} /> : null}
      {count > 0 ? <FilterChips /> : null}
    </div>
  );
}

function directionLabel(sort: ArticleSort, direction: 'asc' | 'desc'): string {
  if (sort === 'saved' || sort === 'published') return direction === 'desc' ? 'Newest first' : 'Oldest first';
  return direction === 'asc' ? 'A to Z' : 'Z to A';
}

function FilterBar({ id }: { id: string }) {
  const kind = useAppStore((s) => s.view.kind);
  const filters = useAppStore((s) => s.articleFilters);
  const setFilters = useAppStore((s) => s.setArticleFilters);
  const tags = useAppStore((s) => s.tags);
  const sites = useAppStore((s) => s.sites);
  const briefings = useAppStore((s) => s.briefings);
  const labels = useAppStore((s) => s.settings?.highlightLabels ?? NO_LABELS);

  const update = <K extends keyof ArticleFilters>(key: K, value: ArticleFilters[K] | undefined) => {
    const next: ArticleFilters = { ...filters };
    if (value === undefined) delete next[key];
    else next[key] = value;
    setFilters(next);
  };
  const idOrUndefined = (value: string) => (value === '' ? undefined : Number(value));
  const orUndefined = (value: string) => (value === '' ? undefined : value);

  return (
    <div className="filter-bar" id={id} role="group" aria-label="Filters">
      {kind !== 'briefing' ? (
        <FilterField label="Briefing">
          <select className="select" value={filters.briefingId ?? ''} onChange={(e) => update('briefingId', idOrUndefined(e.target.value))}>
            <option value="">Any</option>
            {briefings.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title}
              </option>
            ))}
          </select>
        </FilterField>
      ) : null}
      {kind !== 'tag' ? (
        <FilterField label="Tag">
          <select className="select" value={filters.tagId ?? ''} onChange={(e) => update('tagId', idOrUndefined(e.target.value))}>
            <option value="">Any</option>
            {tags.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </FilterField>
      ) : null}
      <FilterField label="Site">
        <select className="select" value={filters.site ?? ''} onChange={(e) => update('site', orUndefined(e.target.value))}>
          <option value="">Any</option>
          {sites.map((s) => (
            <option key={s.site} value={s.site}>
              {s.site} ({s.count.toLocaleString()})
            </option>
          ))}
        </select>
      </FilterField>
      {kind !== 'unread' ? (
        <FilterField label="Status">
          <select className="select" value={filters.status ?? ''} onChange={(e) => update('status', orUndefined(e.target.value) as ReadingStatus | undefined)}>
            <option value="">Any</option>
            {READING_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </FilterField>
      ) : null}
      <FilterField label="Highlight colour">
        <select
          className="select"
          value={filters.highlightColor ?? ''}
          onChange={(e) => update('highlightColor', orUndefined(e.target.value) as HighlightColor | undefined)}
        >
          <option value="">Any</option>
          {HIGHLIGHT_COLORS.map((color) => (
            <option key={color} value={color}>
              {highlightLabel(color, labels)}
            </option>
          ))}
        </select>
      </FilterField>
      <FilterField label="Notes">
        <select
          className="select"
          value={filters.hasNotes === undefined ? '' : String(filters.hasNotes)}
          onChange={(e) => update('hasNotes', e.target.value === '' ? undefined : e.target.value === 'true')}
        >
          <option value="">Any</option>
          <option value="true">With notes</option>
          <option value="false">Without notes</option>
        </select>
      </FilterField>
      <FilterField label="Source grade">
        <select className="select" value={filters.sourceGrade ?? ''} onChange={(e) => update('sourceGrade', orUndefined(e.target.value) as SourceGrade | undefined)}>
          <option value="">Any</option>
          <SourceGradeOptions />
        </select>
      </FilterField>
      <FilterField label="Marking">
        <select className="select" value={filters.marking ?? ''} onChange={(e) => update('marking', orUndefined(e.target.value) as TlpMarking | undefined)}>
          <option value="">Any</option>
          <MarkingOptions />
        </select>
      </FilterField>
      <DateRange label="Saved" from={filters.savedFrom} to={filters.savedTo} onFrom={(v) => update('savedFrom', v)} onTo={(v) => update('savedTo', v)} />
      <DateRange
        label="Published"
        from={filters.publishedFrom}
        to={filters.publishedTo}
        onFrom={(v) => update('publishedFrom', v)}
        onTo={(v) => update('publishedTo', v)}
      />
    </div>
  );
}

function FilterField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="filter-field">
      <span className="filter-label">{label}</span>
      {children}
    </label>
  );
}

function DateRange(props: { label: string; from: string | undefined; to: string | undefined; onFrom: (v: string | undefined) => void; onTo: (v: string | undefined) => void }) {
  const { label, from, to, onFrom, onTo } = props;
  return (
    <fieldset className="filter-field filter-dates">
      <legend className="filter-label">{label}</legend>
      <input
        className="text-input"
        type="date"
        aria-label={`${label} from`}
        value={from ?? ''}
        max={to}
        onChange={(e) => onFrom(e.target.value === '' ? undefined : e.target.value)}
      />
      <span aria-hidden="true">–</span>
      <input
        className="text-input"
        type="date"
        aria-label={`${label} to`}
        value={to ?? ''}
        min={from}
        onChange={(e) => onTo(e.target.value === '' ? undefined : e.target.value)}
      />
    </fieldset>
  );
}

/** The filters that are set, each a chip that clears it. */
function FilterChips() {
  const filters = useAppStore((s) => s.articleFilters);
  const setFilters = useAppStore((s) => s.setArticleFilters);
  const tags = useAppStore((s) => s.tags);
  const briefings = useAppStore((s) => s.briefings);
  const labels = useAppStore((s) => s.settings?.highlightLabels ?? NO_LABELS);
  const chips: Array<{ keys: Array<keyof ArticleFilters>; text: string }> = [];
  if (filters.briefingId !== undefined) chips.push({ keys: ['briefingId'], text: `Briefing: ${briefings.find((b) => b.id === filters.briefingId)?.title ?? '…'}` });
  if (filters.tagId !== undefined) chips.push({ keys: ['tagId'], text: `Tag: ${tags.find((t) => t.id === filters.tagId)?.name ?? '…'}` });
  if (filters.site !== undefined) chips.push({ keys: ['site'], text: `Site: ${filters.site}` });
  if (filters.status !== undefined) chips.push({ keys: ['status'], text: STATUS_LABELS[filters.status] });
  if (filters.highlightColor !== undefined) chips.push({ keys: ['highlightColor'], text: `Highlighted: ${highlightLabel(filters.highlightColor, labels)}` });
  if (filters.hasNotes !== undefined) chips.push({ keys: ['hasNotes'], text: filters.hasNotes ? 'With notes' : 'Without notes' });
  if (filters.sourceGrade !== undefined) chips.push({ keys: ['sourceGrade'], text: `Source: ${formatSourceGrade(filters.sourceGrade)}` });
  if (filters.marking !== undefined) chips.push({ keys: ['marking'], text: tlpLabel(filters.marking) });
  if (filters.savedFrom !== undefined || filters.savedTo !== undefined) {
    chips.push({ keys: ['savedFrom', 'savedTo'], text: `Saved ${rangeText(filters.savedFrom, filters.savedTo)}` });
  }
  if (filters.publishedFrom !== undefined || filters.publishedTo !== undefined) {
    chips.push({ keys: ['publishedFrom', 'publishedTo'], text: `Published ${rangeText(filters.publishedFrom, filters.publishedTo)}` });
  }
  const without = (keys: Array<keyof ArticleFilters>) => {
    const next = { ...filters };
    for (const key of keys) delete next[key];
    return next;
  };
  return (
    <ul className="filter-chips" aria-label="Filters in use">
      {chips.map((chip) => (
        <li key={chip.keys.join()}>
          <button type="button" className="filter-chip" aria-label={`Remove filter ${chip.text}`} onClick={() => setFilters(without(chip.keys))}>
            {chip.text}
            <CloseIcon />
          </button>
        </li>
      ))}
      {chips.length > 1 ? (
        <li>
          <button type="button" className="button button-quiet button-small" onClick={() => setFilters({})}>
            Clear filters
          </button>
        </li>
      ) : null}
    </ul>
  );
}

function rangeText(from: string | undefined, to: string | undefined): string {
  if (from && to) return `${from} – ${to}`;
  return from ? `from ${from}` : `until ${to ?? ''}`;
}
