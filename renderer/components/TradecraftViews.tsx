/**
 * The entity index and the timeline, in the middle pane: who appears in which
 * articles (merge, rename, remove), and the dated events of the library or
 * one briefing. Every mention and event opens its article in the reader,
 * scrolled to the passage.
 */
import { Fragment, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { EntityKind } from '../../shared/tradecraft/entity-key.ts';
import type { ListedEvent } from '../../shared/contract.ts';
import type { EntitySummary, TimelineEvent } from '../../shared/tradecraft/model.ts';
import { plural } from '../format.ts';
import { useAppStore } from '../store/store.ts';
import type { LibraryView } from '../store/types.ts';
import { EventSentence } from './EventSentence.tsx';
import { EntitiesIcon, TimelineIcon } from './icons.tsx';
import { isNarrowWindow } from '../dom/narrow-window.ts';
import { useRovingRows } from '../dom/roving-rows.ts';

const KIND_HEADINGS: Record<EntityKind, string> = { person: 'People', organization: 'Organizations', place: 'Places' };
const KIND_NAMES: Record<EntityKind, string> = { person: 'Person', organization: 'Organization', place: 'Place' };
const KIND_ORDER: EntityKind[] = ['person', 'organization', 'place'];

/** The sidebar's two entries; each keeps the briefing it was last scoped to. */
export function TradecraftNavItems() {
  return (
    <>
      <li>
        <TradecraftNavItem kind="entities" label="Entities" icon={<EntitiesIcon />} />
      </li>
      <li>
        <TradecraftNavItem kind="timeline" label="Timeline" icon={<TimelineIcon />} />
      </li>
    </>
  );
}

function TradecraftNavItem({ kind, label, icon }: { kind: 'entities' | 'timeline'; label: string; icon: React.ReactNode }) {
  const current = useAppStore((s) => s.view.kind === kind);
  const selectView = useAppStore((s) => s.selectView);
  // Opened from a briefing, the view starts scoped to it.
  const briefingId = useAppStore((s) => (s.view.kind === 'briefing' ? s.view.id : null));
  return (
    <button
      type="button"
      className="nav-item"
      aria-current={current ? 'page' : undefined}
      // The article being read stays open beside the view, unless a narrow window would show it instead of the view.
      onClick={() => selectView({ kind, briefingId }, { articleId: isNarrowWindow() ? null : useAppStore.getState().selectedArticleId })}
    >
      {icon}
      <span className="nav-label">{label}</span>
    </button>
  );
}

/** Whole library or one briefing. */
function ScopeSelect({ view }: { view: Extract<LibraryView, { kind: 'entities' | 'timeline' }> }) {
  const briefings = useAppStore((s) => s.briefings);
  const selectView = useAppStore((s) => s.selectView);
  return (
    <select
      className="select scope-select"
      aria-label="Show for"
      value={view.briefingId ?? ''}
      onChange={(event) =>
        selectView(
          { kind: view.kind, briefingId: event.target.value === '' ? null : Number(event.target.value) },
          { articleId: useAppStore.getState().selectedArticleId },
        )
      }
    >
      <option value="">Whole library</option>
      {briefings.map((briefing) => (
        <option key={briefing.id} value={briefing.id}>
          {briefing.title}
        </option>
      ))}
    </select>
  );
}

function TradecraftHeader({ titleId, title, subtitle }: { titleId: string; title: string; subtitle: string }) {
  const view = useAppStore((s) => s.view);
  if (view.kind !== 'entities' && view.kind !== 'timeline') return null;
  return (
    <header className="pane-header view-header tradecraft-header">
      <h1 className="view-title" id={titleId}>
        {title}
      </h1>
      <p className="view-subtitle" aria-live="polite">
        {subtitle}
      </p>
      <ScopeSelect view={view} />
    </header>
  );
}

export function EntitiesPane({ titleId }: { titleId: string }) {
  const entities = useAppStore((s) => s.entities);
  const status = useAppStore((s) => s.entitiesStatus);
  const detail = useAppStore((s) => s.entityDetail);
  const [checked, setChecked] = useState<number[]>([]);
  const subtitle = status === 'ready' ? plural(entities.length, 'entity', 'entities') : '\u00a0';
  const toggle = (id: number) => setChecked((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  const present = checked.filter((id) => entities.some((e) => e.id === id));
  return (
    <>
      <TradecraftHeader titleId={titleId} title="Entities" subtitle={subtitle} />
      <div className="list-scroll tradecraft-scroll">
        {detail ? (
          <EntityDetailView key={detail.id} />
        ) : status === 'ready' && entities.length === 0 ? (
          <p className="tradecraft-empty">No people, organizations or places found yet. Names are read from articles as they are saved.</p>
        ) : (
          KIND_ORDER.map((kind) => (
            <EntityGroup key={kind} kind={kind} entities={entities.filter((e) => e.kind === kind)} checked={present} onToggle={toggle} />
          ))
        )}
      </div>
      {!detail && present.length >= 2 ? <MergeBar ids={present} onDone={() => setChecked([])} /> : null}
    </>
  );
}

function EntityGroup({
  kind,
  entities,
  checked,
  onToggle,
}: {
  kind: EntityKind;
  entities: EntitySummary[];
  checked: number[];
  onToggle: (id: number) => void;
}) {
  const openEntity = useAppStore((s) => s.openEntity);
  const setHidden = useAppStore((s) => s.setEntityHiddenInExport);
  const headingId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  // One tab stop per group, on the names: arrows reach the merge and export boxes beside them.
  const roving = useRovingRows(listRef, 1);
  if (entities.length === 0) return null;
  return (
    <section className="entity-group" aria-labelledby={headingId}>
      <h2 className="sidebar-heading entity-group-heading" id={headingId}>
        {KIND_HEADINGS[kind]}
      </h2>
      <ul ref={listRef} className="entity-list" {...roving}>
        {entities.map((entity) => (
          <li key={entity.id} className="entity-row" data-checked={checked.includes(entity.id) || undefined} data-hidden-in-export={entity.hiddenInExport || undefined}>
            <input
              type="checkbox"
              className="entity-check"
              aria-label={`Select ${entity.name} to merge`}
              checked={checked.includes(entity.id)}
              onChange={() => onToggle(entity.id)}
            />
            <button type="button" className="entity-open" onClick={() => void openEntity(entity.id)}>
              <span className="entity-name" dir="auto">
                {entity.name}
              </span>
              {entity.aliases.length > 0 ? <EntityAliases aliases={entity.aliases} /> : null}
            </button>
            <span className="entity-count" title={`${plural(entity.mentionCount, 'mention')} in ${plural(entity.articleCount, 'article')}`}>
              {plural(entity.articleCount, 'article')}
            </span>
            <ExportToggle hidden={entity.hiddenInExport} label={entity.name} onChange={(hidden) => void setHidden(entity.id, hidden)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "also X, Y": each alias isolated, so a right-to-left one reads in its own direction without reordering the list around it. */
function EntityAliases({ aliases }: { aliases: string[] }) {
  return (
    <span className="entity-aliases">
      also{' '}
      {aliases.map((alias, index) => (
        <Fragment key={alias}>
          {index > 0 ? ', ' : null}
          <bdi>{alias}</bdi>
        </Fragment>
      ))}
    </span>
  );
}

function MergeBar({ ids, onDone }: { ids: number[]; onDone: () => void }) {
  const entities = useAppStore(useShallow((s) => s.entities.filter((e) => ids.includes(e.id))));
  const mergeEntities = useAppStore((s) => s.mergeEntities);
  const widest = [...entities].sort((a, b) => b.articleCount - a.articleCount || b.name.length - a.name.length)[0];
  const [target, setTarget] = useState<number | null>(null);
  const into = entities.find((e) => e.id === target) ?? widest;
  if (!into) return null;
  return (
    <div className="merge-bar" role="group" aria-label="Merge entities">
      <label className="merge-label">
        Merge {entities.length} as
        <select className="select" value={into.id} onChange={(event) => setTarget(Number(event.target.value))}>
          {entities.map((entity) => (
            <option key={entity.id} value={entity.id}>
              {entity.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button-primary"
        onClick={() =>
          void mergeEntities(
            into.id,
            ids.filter((id) => id !== into.id),
          ).then((merged) => merged && onDone())
        }
      >
        Merge
      </button>
    </div>
  );
}

function EntityDetailView() {
  const detail = useAppStore((s) => s.entityDetail);
  const openEntity = useAppStore((s) => s.openEntity);
  const ignoreEntity = useAppStore((s) => s.ignoreEntity);
  const setHidden = useAppStore((s) => s.setEntityHiddenInExport);
  const showPassage = useAppStore((s) => s.showPassage);
  const [renaming, setRenaming] = useState(false);
  if (!detail) return null;
  return (
    <article className="entity-detail" aria-label={detail.name}>
      <button type="button" className="button button-quiet button-small" onClick={() => void openEntity(null)}>
        ← All entities
      </button>
      {renaming ? (
        <RenameField id={detail.id} name={detail.name} onDone={() => setRenaming(false)} />
      ) : (
        <h2 className="entity-detail-name" dir="auto">
          {detail.name}
        </h2>
      )}
      <p className="entity-detail-meta">
        {KIND_NAMES[detail.kind]} · {plural(detail.mentionCount, 'mention')} in{' '}
        {plural(detail.articleCount, 'article')}
        {detail.aliases.length > 0 ? ` · also ${detail.aliases.join(', ')}` : ''}
      </p>
      {detail.roles.length > 0 ? <p className="entity-detail-roles">Named as {detail.roles.join('; ')}</p> : null}
      <div className="entity-detail-actions">
        <button type="button" className="button button-small" onClick={() => setRenaming(true)}>
          Rename
        </button>
        <button type="button" className="button button-small" onClick={() => void ignoreEntity(detail.id)} title="Take this name out of the index, now and for articles saved later">
          Not an entity
        </button>
        <ExportToggle hidden={detail.hiddenInExport} label={detail.name} onChange={(hidden) => void setHidden(detail.id, hidden)} />
      </div>
      <ol className="mention-list">
        {detail.mentions.map((mention) => (
          <li key={mention.id}>
            <button type="button" className="mention" onClick={() => showPassage(mention.articleId, mention.start, mention.end)}>
              <span className="mention-article" dir="auto">
                {mention.articleTitle}
              </span>
              <span className="mention-snippet" dir="auto">
                …{mention.before}
                <mark className="mention-match">{mention.text}</mark>
                {mention.after}…
              </span>
            </button>
          </li>
        ))}
      </ol>
    </article>
  );
}

/**
 * Issue 15: keeps an entity or an event out of exported PDFs (the app still lists it). A checkbox whose visible
 * words, "In export", are in its name and never change: a label that flipped with the state would contradict it.
 */
function ExportToggle({
  hidden,
  label,
  describedBy,
  onChange,
}: {
  hidden: boolean;
  label: string;
  /** What tells this item from others of the same name (an event's sentence and article). */
  describedBy?: string;
  onChange: (hidden: boolean) => void;
}) {
  return (
    <label className="button button-quiet button-small export-toggle" title={hidden ? 'Hidden from exported PDFs: tick to print it again' : 'Untick to leave out of exported PDFs'}>
      <input
        type="checkbox"
        checked={!hidden}
        aria-label={`In export: “${label}”`}
        aria-describedby={describedBy}
        onChange={(event) => onChange(!event.target.checked)}
      />
      In export
    </label>
  );
}

function RenameField({ id, name, onDone }: { id: number; name: string; onDone: () => void }) {
  const renameEntity = useAppStore((s) => s.renameEntity);
  const [draft, setDraft] = useState(name);
  const submit = async () => {
    if (draft.trim() === '' || draft.trim() === name) return onDone();
    if (await renameEntity(id, draft.trim())) onDone();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
    }
  };
  return (
    <input
      className="text-input entity-rename"
      aria-label="Entity name"
      dir="auto"
      value={draft}
      maxLength={300}
      autoFocus
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => void submit()}
    />
  );
}

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'long', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "12 Mar", "March" or "2014", by how precisely the article named the date. */
function eventDateLabel(event: TimelineEvent & { date: string }): string {
  const date = new Date(`${event.date}T00:00:00Z`);
  if (event.precision === 'day') return dayFormat.format(date);
  if (event.precision === 'month') return monthFormat.format(date);
  return event.date.slice(0, 4);
}

type DatedEvent = TimelineEvent & { date: string };

function isDated<Event extends TimelineEvent>(event: Event): event is Event & DatedEvent {
  return event.date !== null;
}

/** Events grouped by year, then by month (events known only to the year come first in their year). */
function groupEvents(events: DatedEvent[]): Array<{ year: string; months: Array<{ month: string; events: DatedEvent[] }> }> {
  const years: Array<{ year: string; months: Array<{ month: string; events: DatedEvent[] }> }> = [];
  for (const event of events) {
    const year = event.date.slice(0, 4);
    const month = event.precision === 'year' ? 'Some time in the year' : monthFormat.format(new Date(`${event.date}T00:00:00Z`));
    let yearGroup = years[years.length - 1];
    if (yearGroup?.year !== year) {
      yearGroup = { year, months: [] };
      years.push(yearGroup);
    }
    let monthGroup = yearGroup.months.find((m) => m.month === month);
    if (!monthGroup) {
      monthGroup = { month, events: [] };
      yearGroup.months.push(monthGroup);
    }
    monthGroup.events.push(event);
  }
  return years;
}

export function TimelinePane({ titleId }: { titleId: string }) {
  const events = useAppStore((s) => s.events);
  const status = useAppStore((s) => s.eventsStatus);
  const subtitle = status === 'ready' ? plural(events.length, 'event') : '\u00a0';
  const groups = groupEvents(events.filter(isDated));
  const undated = events.filter((event) => !isDated(event));
  return (
    <>
      <TradecraftHeader titleId={titleId} title="Timeline" subtitle={subtitle} />
      <div className="list-scroll tradecraft-scroll">
        {status === 'ready' && events.length === 0 ? (
          <p className="tradecraft-empty">No dated events yet. Dates the articles mention (“on 3 March”, “next year”) appear here.</p>
        ) : null}
        {groups.map(({ year, months }) => (
          <section key={year} className="timeline-year" aria-label={year}>
            <h2 className="timeline-year-heading">{year}</h2>
            {months.map(({ month, events: inMonth }) => (
              <section key={month} className="timeline-month" aria-label={`${month} ${year}`}>
                <h3 className="timeline-month-heading">{month}</h3>
                <ol className="timeline-events">
                  {inMonth.map((event) => (
                    <TimelineEntry key={event.id} event={event} date={eventDateLabel(event)} />
                  ))}
                </ol>
              </section>
            ))}
          </section>
        ))}
        {undated.length > 0 ? <UndatedEvents events={undated} /> : null}
      </div>
    </>
  );
}

function TimelineEntry({ event, date }: { event: TimelineEvent; date: string }) {
  const showPassage = useAppStore((s) => s.showPassage);
  const setHidden = useAppStore((s) => s.setEventHiddenInExport);
  const baseId = useId();
  return (
    <li className="timeline-event" data-approximate={event.approximate || undefined} data-hidden-in-export={event.hiddenInExport || undefined}>
      <button type="button" className="timeline-event-button" onClick={() => showPassage(event.articleId, event.start, event.end)}>
        <span className="timeline-date">
          {event.approximate ? <span title="Approximate: vague wording (“later this month”)">≈ </span> : null}
          {date}
          {event.approximate ? <span className="sr-only"> (approximate)</span> : null}
        </span>
        <span className="timeline-sentence" id={`${baseId}-sentence`} dir="auto">
          <EventSentence event={event} />
        </span>
        <span className="timeline-article" id={`${baseId}-article`} dir="auto">
          {event.articleTitle}
        </span>
      </button>
      <ExportToggle
        hidden={event.hiddenInExport}
        label={event.expression}
        describedBy={`${baseId}-sentence ${baseId}-article`}
        onChange={(hidden) => void setHidden(event.id, hidden)}
      />
    </li>
  );
}

/**
 * Relative dates ("on Sunday", "next week") in articles with no published
 * date: not guessed from the day the article was saved, but listed apart,
 * each article with a way to open it and give its date. A dated article's
 * date that could not be placed even so is listed too, without that ask.
 */
function UndatedEvents({ events }: { events: ListedEvent[] }) {
  const selectArticle = useAppStore((s) => s.selectArticle);
  const openArticleDetails = useAppStore((s) => s.openArticleDetails);
  const headingId = useId();
  const articles = [...new Map(events.filter((event) => !event.articleDated).map((event) => [event.articleId, event])).values()];
  const unplaced = events.some((event) => event.articleDated);
  return (
    <section className="timeline-year timeline-undated" aria-labelledby={headingId}>
      <h2 className="timeline-year-heading" id={headingId}>
        Undated
      </h2>
      {articles.length > 0 ? (
        <>
          <p className="timeline-undated-ask">
            {articles.length === 1 ? 'This article has' : 'These articles have'} no published date, so “on Sunday” or “next week” cannot be
            placed. Give the date {articles.length === 1 ? 'it was' : 'each was'} published.
          </p>
          <ul className="timeline-undated-articles" aria-label="Articles with no published date">
            {articles.map((first) => (
              <li key={first.articleId}>
                <button type="button" className="button button-small" onClick={() => selectArticle(first.articleId)}>
                  <span>
                    Open “<bdi>{first.articleTitle}</bdi>” in the reader
                  </span>
                </button>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    selectArticle(first.articleId);
                    openArticleDetails(first.articleId, 'publishedAt');
                  }}
                >
                  <span>
                    Give the date of “<bdi>{first.articleTitle}</bdi>”…
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {unplaced ? (
        <p className="timeline-undated-unplaced">
          {articles.length > 0 ? 'Some dates' : 'These dates'} could not be placed on the calendar, even though their article has a published date.
        </p>
      ) : null}
      <ol className="timeline-events">
        {events.map((event) => (
          <TimelineEntry key={event.id} event={event} date={event.expression} />
        ))}
      </ol>
    </section>
  );
}
