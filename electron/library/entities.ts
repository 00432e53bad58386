/**
 * The entity index and the timeline: what extraction found in each article,
 * and the analyst's edits (renames, merges, ignored names). A mention finds
 * its entity through `entity_aliases`, by kind and folded name, so a merge or
 * a rename holds for articles imported later too.
 */
import { EXTRACTION_VERSION, type ArticleExtraction, type ExtractionInput } from '../../shared/tradecraft/extract-version.ts';
import { entityKey, type EntityKind } from '../../shared/tradecraft/entity-key.ts';
import type { DatePrecision } from '../../shared/tradecraft/events.ts';
import type { EntityDetail, EntityIndexEntry, EntityMentionView, EntitySummary, TimelineEvent } from '../../shared/tradecraft/model.ts';
import { BriefingError } from '../../shared/result.ts';
import type { ListedEvent } from '../../shared/contract.ts';
import type { Db } from './open.ts';

/** Characters of context either side of a mention in the entity view. */
const SNIPPET_CONTEXT = 70;
/** Mentions listed for one entity: enough to read, not a whole library's worth. */
const MAX_MENTIONS = 500;

function entityFor(db: Db, kind: EntityKind, key: string, name: string, now: string): { id: number; ignored: boolean } {
  const found = db
    .prepare('SELECT e.id, e.ignored FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.kind = ? AND a.alias_key = ?')
    .get(kind, key) as { id: number; ignored: number } | undefined;
  if (found) return { id: found.id, ignored: found.ignored === 1 };
  const joined = kind === 'person' ? personJoining(db, key, name) : null;
  if (joined) return { id: joined, ignored: false };
  const id = Number(db.prepare('INSERT INTO entities (name, kind, created_at) VALUES (?, ?, ?)').run(name, kind, now).lastInsertRowid);
  db.prepare('INSERT INTO entity_aliases (entity_id, kind, alias_key, name) VALUES (?, ?, ?, ?)').run(id, kind, key, name);
  return { id, ignored: false };
}

/**
 * Across the library, a surname joins the one person known by a full name
 * ending in it ("Putin" in a later article is Vladimir Putin), and a full name
 * takes over the one person known so far only by its surname or a shorter
 * form (who is then renamed to it). With two candidates ("Kim" for Kim
 * Jong Un and Kim Yo Jong) nothing is joined: the analyst merges.
 */
function personJoining(db: Db, key: string, name: string): number | null {
  const longer = db
    .prepare(
      `SELECT DISTINCT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
       WHERE a.kind = 'person' AND e.ignored = 0 AND a.alias_key LIKE '% ' || @key ESCAPE '\\'`,
    )
    .pluck()
    .all({ key: key.replace(/[\\%_]/g, (c) => `\\${c}`) }) as number[];
  if (longer.length === 1) {
    db.prepare("INSERT INTO entity_aliases (entity_id, kind, alias_key, name) VALUES (?, 'person', ?, ?)").run(longer[0], key, name);
    return longer[0]!;
  }
  if (longer.length > 1) return null;
  const words = key.split(' ');
  const shorter = new Set<number>();
  for (let from = 1; from < words.length; from++) {
    const owner = db
      .prepare("SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.kind = 'person' AND e.ignored = 0 AND a.alias_key = ?")
      .pluck()
      .get(words.slice(from).join(' ')) as number | undefined;
    if (owner !== undefined) shorter.add(owner);
  }
  if (shorter.size !== 1) return null;
  const [id] = shorter;
  const fullerAlias = db
    .prepare("SELECT count(*) FROM entity_aliases WHERE entity_id = ? AND instr(alias_key, ' ') > 0")
    .pluck()
    .get(id) as number;
  if (fullerAlias > 0) return null;
  db.prepare("INSERT INTO entity_aliases (entity_id, kind, alias_key, name) VALUES (?, 'person', ?, ?)").run(id, key, name);
  db.prepare('UPDATE entities SET name = ? WHERE id = ?').run(name, id);
  return id!;
}

/**
 * Replaces the article's mentions and events with `extraction` and records
 * that the article has had this extraction. Runs in the caller's transaction.
 */
export function storeExtraction(db: Db, articleId: number, extraction: ArticleExtraction, now: string): void {
  // Events the analyst hid from exports stay hidden when the article is read again.
  const hidden = new Set(
    (db.prepare('SELECT start_offset, expression FROM article_events WHERE article_id = ? AND hidden_in_export = 1').all(articleId) as Array<{ start_offset: number; expression: string }>).map(
      (row) => `${row.start_offset}:${row.expression}`,
    ),
  );
  db.prepare('DELETE FROM entity_mentions WHERE article_id = ?').run(articleId);
  db.prepare('DELETE FROM article_events WHERE article_id = ?').run(articleId);
  const insertMention = db.prepare(
    'INSERT INTO entity_mentions (article_id, entity_id, start_offset, end_offset, text, role) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const addAlias = db.prepare('INSERT OR IGNORE INTO entity_aliases (entity_id, kind, alias_key, name) VALUES (?, ?, ?, ?)');
  for (const mention of extraction.entities) {
    if (mention.key === '') continue;
    const entity = entityFor(db, mention.kind, mention.key, mention.name, now);
    // The short form the article used ("Putin") becomes a spelling of the entity, for later articles.
    const writtenKey = entityKey(mention.text);
    if (writtenKey !== '' && writtenKey !== mention.key) addAlias.run(entity.id, mention.kind, writtenKey, mention.text);
    if (!entity.ignored) insertMention.run(articleId, entity.id, mention.start, mention.end, mention.text, mention.role ?? null);
  }
  const insertEvent = db.prepare(
    `INSERT INTO article_events (article_id, start_offset, end_offset, date, precision, approximate, expression, sentence, hidden_in_export)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const event of extraction.events) {
    const wasHidden = hidden.has(`${event.start}:${event.expression}`) ? 1 : 0;
    insertEvent.run(articleId, event.start, event.end, event.date, event.precision, event.approximate ? 1 : 0, event.expression, event.sentence, wasHidden);
  }
  db.prepare('UPDATE articles SET extracted_version = ? WHERE id = ?').run(EXTRACTION_VERSION, articleId);
}

/** The extractor, passed in: it loads compromise and chrono-node, which commands that never extract should not pay for. */
export type Extract = (input: ExtractionInput) => ArticleExtraction;

/** Extracts and stores one saved article from its stored text. */
export function extractStoredArticle(db: Db, articleId: number, now: string, extractArticle: Extract): void {
  const row = db.prepare('SELECT text, lang, published_at, saved_at FROM articles WHERE id = ?').get(articleId) as
    | { text: string; lang: string | null; published_at: string | null; saved_at: string }
    | undefined;
  if (!row) throw new BriefingError('NOT_FOUND', `There is no article with id ${articleId} in this library.`);
  const extraction = extractArticle({ text: row.text, lang: row.lang, publishedAt: row.published_at, capturedAt: row.saved_at });
  storeExtraction(db, articleId, extraction, now);
}

/** Ids of articles that have not had the current extraction, oldest first. */
export function articlesNeedingExtraction(db: Db, limit: number): number[] {
  return db
    .prepare('SELECT id FROM articles WHERE extracted_version IS NULL OR extracted_version < ? ORDER BY id LIMIT ?')
    .pluck()
    .all(EXTRACTION_VERSION, limit) as number[];
}

/** Ids of the briefing's articles that have not had the current extraction. */
export function briefingArticlesNeedingExtraction(db: Db, briefingId: number): number[] {
  return db
    .prepare(
      `SELECT a.id FROM briefing_items bi JOIN articles a ON a.id = bi.article_id
       WHERE bi.briefing_id = ? AND (a.extracted_version IS NULL OR a.extracted_version < ?) ORDER BY a.id`,
    )
    .pluck()
    .all(briefingId, EXTRACTION_VERSION) as number[];
}

export interface EntityQuery {
  briefingId?: number | undefined;
  kind?: EntityKind | undefined;
}

interface EntityRow {
  id: number;
  name: string;
  kind: EntityKind;
  hidden_in_export: number;
  article_count: number;
  mention_count: number;
}

function aliasesOf(db: Db, ids: readonly number[]): Map<number, string[]> {
  const aliases = new Map<number, string[]>();
  if (ids.length === 0) return aliases;
  const rows = db
    .prepare(`SELECT entity_id, name FROM entity_aliases WHERE entity_id IN (SELECT value FROM json_each(?)) ORDER BY name`)
    .all(JSON.stringify(ids)) as Array<{ entity_id: number; name: string }>;
  for (const row of rows) {
    const list = aliases.get(row.entity_id) ?? [];
    list.push(row.name);
    aliases.set(row.entity_id, list);
  }
  return aliases;
}

function toSummaries(db: Db, rows: EntityRow[]): EntitySummary[] {
  const aliases = aliasesOf(db, rows.map((row) => row.id));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    aliases: (aliases.get(row.id) ?? []).filter((alias) => alias !== row.name),
    hiddenInExport: row.hidden_in_export === 1,
    articleCount: row.article_count,
    mentionCount: row.mention_count,
  }));
}

/** Entities that appear in the library (or one briefing), most widely mentioned first. */
export function listEntities(db: Db, query: EntityQuery): EntitySummary[] {
  const where = ['e.ignored = 0'];
  const params: Record<string, unknown> = {};
  let join = '';
  if (query.briefingId !== undefined) {
    join = 'JOIN briefing_items bi ON bi.article_id = m.article_id AND bi.briefing_id = @briefingId';
    params.briefingId = query.briefingId;
  }
  if (query.kind !== undefined) {
    where.push('e.kind = @kind');
    params.kind = query.kind;
  }
  const rows = db
    .prepare(
      `SELECT e.id, e.name, e.kind, e.hidden_in_export, count(DISTINCT m.article_id) AS article_count, count(*) AS mention_count
       FROM entity_mentions m JOIN entities e ON e.id = m.entity_id ${join}
       WHERE ${where.join(' AND ')}
       GROUP BY e.id ORDER BY article_count DESC, mention_count DESC, e.name COLLATE NOCASE`,
    )
    .all(params) as EntityRow[];
  return toSummaries(db, rows);
}

function requireEntity(db: Db, id: number): { id: number; name: string; kind: EntityKind; hidden_in_export: number } {
  const row = db.prepare('SELECT id, name, kind, hidden_in_export FROM entities WHERE id = ? AND ignored = 0').get(id) as
    | { id: number; name: string; kind: EntityKind; hidden_in_export: number }
    | undefined;
  if (!row) throw new BriefingError('NOT_FOUND', `There is no entity with id ${id}.`);
  return row;
}

/** One entity with its mentions, each with the text around it, in article order. */
export function getEntity(db: Db, id: number, briefingId?: number): EntityDetail {
  const entity = requireEntity(db, id);
  const join = briefingId !== undefined ? 'JOIN briefing_items bi ON bi.article_id = m.article_id AND bi.briefing_id = @briefingId' : '';
  const rows = db
    .prepare(
      `SELECT m.id, m.article_id, a.title, m.start_offset, m.end_offset, m.text
       FROM entity_mentions m JOIN articles a ON a.id = m.article_id ${join}
       WHERE m.entity_id = @id ORDER BY a.saved_at DESC, a.id, m.start_offset LIMIT @limit`,
    )
    .all({ id, briefingId, limit: MAX_MENTIONS }) as Array<{
    id: number;
    article_id: number;
    title: string;
    start_offset: number;
    end_offset: number;
    text: string;
  }>;
  const texts = new Map<number, string>();
  const textOf = (articleId: number): string => {
    let text = texts.get(articleId);
    if (text === undefined) {
      text = db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(articleId) as string;
      texts.set(articleId, text);
    }
    return text;
  };
  const mentions: EntityMentionView[] = rows.map((row) => {
    const text = textOf(row.article_id);
    return {
      id: row.id,
      articleId: row.article_id,
      articleTitle: row.title,
      start: row.start_offset,
      end: row.end_offset,
      text: row.text,
      before: text.slice(Math.max(0, row.start_offset - SNIPPET_CONTEXT), row.start_offset).replace(/\s+/g, ' ').trimStart(),
      after: text.slice(row.end_offset, row.end_offset + SNIPPET_CONTEXT).replace(/\s+/g, ' ').trimEnd(),
    };
  });
  const counts = db
    .prepare(`SELECT count(DISTINCT m.article_id) AS article_count, count(*) AS mention_count FROM entity_mentions m ${join} WHERE m.entity_id = @id`)
    .get({ id, briefingId }) as { article_count: number; mention_count: number };
  const [summary] = toSummaries(db, [{ ...entity, ...counts }]);
  const roles = db
    .prepare('SELECT DISTINCT role FROM entity_mentions WHERE entity_id = ? AND role IS NOT NULL ORDER BY role COLLATE NOCASE LIMIT 20')
    .pluck()
    .all(id) as string[];
  return { ...summary!, roles, mentions };
}

/** Renames an entity; the new name also becomes a spelling new mentions are matched by. */
export function renameEntity(db: Db, id: number, name: string): EntitySummary {
  const entity = requireEntity(db, id);
  const key = entityKey(name);
  if (key === '') throw new BriefingError('INVALID_ARGUMENTS', 'An entity name needs at least one letter or digit.');
  const owner = db.prepare('SELECT entity_id FROM entity_aliases WHERE kind = ? AND alias_key = ?').pluck().get(entity.kind, key) as number | undefined;
  if (owner !== undefined && owner !== id) {
    const other = db.prepare('SELECT name FROM entities WHERE id = ?').pluck().get(owner) as string;
    throw new BriefingError('INVALID_ARGUMENTS', `“${name}” is already the entity “${other}”. Merge the two instead.`);
  }
  db.prepare('UPDATE entities SET name = ? WHERE id = ?').run(name, id);
  if (owner === undefined) db.prepare('INSERT INTO entity_aliases (entity_id, kind, alias_key, name) VALUES (?, ?, ?, ?)').run(id, entity.kind, key, name);
  return listEntitySummary(db, id);
}

function listEntitySummary(db: Db, id: number): EntitySummary {
  const { mentions: _mentions, roles: _roles, ...summary } = getEntity(db, id);
  return summary;
}

/** Leaves an entity out of exported entity indexes (or puts it back); the app's own index still lists it. */
export function setEntityHiddenInExport(db: Db, id: number, hidden: boolean): EntitySummary {
  requireEntity(db, id);
  db.prepare('UPDATE entities SET hidden_in_export = ? WHERE id = ?').run(hidden ? 1 : 0, id);
  return listEntitySummary(db, id);
}

/** Leaves an event out of exported timelines (or puts it back); it stays hidden when the article is read again. */
export function setEventHiddenInExport(db: Db, id: number, hidden: boolean): TimelineEvent {
  const changed = db.prepare('UPDATE article_events SET hidden_in_export = ? WHERE id = ?').run(hidden ? 1 : 0, id).changes;
  if (changed === 0) throw new BriefingError('NOT_FOUND', `There is no timeline event with id ${id}.`);
  return toEvent(db.prepare(`SELECT ${EVENT_COLUMNS} FROM article_events ev JOIN articles a ON a.id = ev.article_id WHERE ev.id = ?`).get(id) as EventRow);
}

/**
 * Merges `sourceIds` into `targetId`: their mentions and spellings move to
 * the target (so later imports find it too), and the sources are gone.
 */
export function mergeEntities(db: Db, targetId: number, sourceIds: readonly number[]): EntitySummary {
  requireEntity(db, targetId);
  const sources = [...new Set(sourceIds)].filter((id) => id !== targetId);
  if (sources.length === 0) throw new BriefingError('INVALID_ARGUMENTS', 'Choose at least one other entity to merge into this one.');
  for (const id of sources) requireEntity(db, id);
  const list = JSON.stringify(sources);
  db.prepare('UPDATE entity_mentions SET entity_id = ? WHERE entity_id IN (SELECT value FROM json_each(?))').run(targetId, list);
  db.prepare('UPDATE entity_aliases SET entity_id = ? WHERE entity_id IN (SELECT value FROM json_each(?))').run(targetId, list);
  db.prepare('DELETE FROM entities WHERE id IN (SELECT value FROM json_each(?))').run(list);
  return listEntitySummary(db, targetId);
}

/**
 * Takes a name out of the index: its mentions go, and the same spellings stay
 * out when later articles mention them.
 */
export function ignoreEntity(db: Db, id: number): { id: number } {
  requireEntity(db, id);
  db.prepare('DELETE FROM entity_mentions WHERE entity_id = ?').run(id);
  db.prepare('UPDATE entities SET ignored = 1 WHERE id = ?').run(id);
  return { id };
}

type EventRow = {
  id: number;
  article_id: number;
  title: string;
  start_offset: number;
  end_offset: number;
  date: string | null;
  precision: DatePrecision;
  approximate: number;
  expression: string;
  sentence: string;
  hidden_in_export: number;
};

const EVENT_COLUMNS = 'ev.id, ev.article_id, a.title, ev.start_offset, ev.end_offset, ev.date, ev.precision, ev.approximate, ev.expression, ev.sentence, ev.hidden_in_export';
/** By date; undated events (no published date to read them by) last. */
const EVENT_ORDER = 'ev.date IS NULL, ev.date, ev.article_id, ev.start_offset';

function toEvent(row: EventRow): TimelineEvent {
  return {
    id: row.id,
    articleId: row.article_id,
    articleTitle: row.title,
    start: row.start_offset,
    end: row.end_offset,
    date: row.date,
    precision: row.precision,
    approximate: row.approximate === 1,
    expression: row.expression,
    sentence: row.sentence,
    hiddenInExport: row.hidden_in_export === 1,
  };
}

/** Timeline events across the library or one briefing, by date. */
export function listEvents(db: Db, query: { briefingId?: number | undefined; limit: number }): ListedEvent[] {
  const join = query.briefingId !== undefined ? 'JOIN briefing_items bi ON bi.article_id = ev.article_id AND bi.briefing_id = @briefingId' : '';
  const rows = db
    .prepare(
      `SELECT ${EVENT_COLUMNS}, a.published_at IS NOT NULL AS article_dated
       FROM article_events ev JOIN articles a ON a.id = ev.article_id ${join}
       ORDER BY ${EVENT_ORDER} LIMIT @limit`,
    )
    .all({ briefingId: query.briefingId, limit: query.limit }) as Array<EventRow & { article_dated: number }>;
  return rows.map((row) => ({ ...toEvent(row), articleDated: row.article_dated === 1 }));
}

/** Events a printed timeline lists at most. */
const MAX_EXPORT_EVENTS = 2000;

/** The timeline of these articles (an export's), by date, without the events hidden from export. */
export function eventsOfArticles(db: Db, articleIds: readonly number[]): TimelineEvent[] {
  const rows = db
    .prepare(
      `SELECT ${EVENT_COLUMNS}
       FROM article_events ev JOIN articles a ON a.id = ev.article_id
       WHERE ev.article_id IN (SELECT value FROM json_each(?)) AND ev.hidden_in_export = 0
       ORDER BY ${EVENT_ORDER} LIMIT ?`,
    )
    .all(JSON.stringify(articleIds), MAX_EXPORT_EVENTS) as EventRow[];
  return rows.map(toEvent);
}

/** The entity index of these articles (an export's): every entity they name and the analyst did not hide, A to Z, with the articles in the given order. */
export function entityIndexOf(db: Db, articleIds: readonly number[]): EntityIndexEntry[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT e.id, e.name, e.kind, m.article_id
       FROM entity_mentions m JOIN entities e ON e.id = m.entity_id
       WHERE e.ignored = 0 AND e.hidden_in_export = 0 AND m.article_id IN (SELECT value FROM json_each(?))
       ORDER BY e.name COLLATE NOCASE, e.id`,
    )
    .all(JSON.stringify(articleIds)) as Array<{ id: number; name: string; kind: EntityKind; article_id: number }>;
  const order = new Map(articleIds.map((id, index) => [id, index]));
  const entries = new Map<number, EntityIndexEntry>();
  for (const row of rows) {
    const entry = entries.get(row.id) ?? { id: row.id, name: row.name, kind: row.kind, articleIds: [] };
    entry.articleIds.push(row.article_id);
    entries.set(row.id, entry);
  }
  for (const entry of entries.values()) entry.articleIds.sort((a, b) => order.get(a)! - order.get(b)!);
  return [...entries.values()];
}

/** How many of these articles' entities and events the analyst hid from export: the Export dialog says so. */
export function hiddenFromExport(db: Db, articleIds: readonly number[]): { entities: number; events: number } {
  const list = JSON.stringify(articleIds);
  const entities = db
    .prepare(
      `SELECT count(DISTINCT e.id) FROM entity_mentions m JOIN entities e ON e.id = m.entity_id
       WHERE e.ignored = 0 AND e.hidden_in_export = 1 AND m.article_id IN (SELECT value FROM json_each(?))`,
    )
    .pluck()
    .get(list) as number;
  const events = db
    .prepare('SELECT count(*) FROM article_events WHERE hidden_in_export = 1 AND article_id IN (SELECT value FROM json_each(?))')
    .pluck()
    .get(list) as number;
  return { entities, events };
}
