/**
 * Deleting articles from the library, and the undo that brings them back
 * exactly: the same ids, their places in briefings, highlights (so that key
 * judgments citing them are whole again), notes, tags, cached images' rows,
 * earlier captures, names and dates. Search follows through the triggers.
 *
 * What a delete took is kept in main's memory under a token (the renderer
 * never sends article text back): a few deletes at a time, for this library
 * only, so an undo after a restore or a library switch is refused.
 */
import { randomUUID } from 'node:crypto';
import { restorePlaces, type BriefingPlace } from '../../shared/briefings.ts';
import type { ArticleDeletionImpact, ArticleRef, DeletedArticles } from '../../shared/articles.ts';
import type { ArticleSummary } from '../../shared/model.ts';
import { BriefingError } from '../../shared/result.ts';
import { toArticleSummaries } from './articles.ts';
import { itemsInOrder, writeOrder } from './briefings.ts';
import type { Db } from './open.ts';

type Row = Record<string, unknown>;

/** Everything a delete removed, as rows: what undo writes back. */
export interface DeletedArticlesRecord {
  articles: Row[];
  assets: Row[];
  highlights: Row[];
  highlightTags: Row[];
  notes: Row[];
  articleTags: Row[];
  mentions: Row[];
  events: Row[];
  captures: Row[];
  /** The original text copy an article was cleaned from, with its review. */
  sources: Row[];
  /** Where each article sat in each briefing (and its row, so undo writes the same one). */
  places: Array<{ briefingId: number; places: Array<BriefingPlace & { rowid: number }> }>;
}

const idList = (ids: readonly number[]) => JSON.stringify([...new Set(ids)]);

function listIds(ids: readonly number[]): string {
  const shown = ids.slice(0, 5).join(', ');
  return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown;
}

/** The articles by id, in the order given; every one must exist. */
function requireArticles(db: Db, ids: readonly number[]): ArticleRef[] {
  const rows = db
    .prepare('SELECT a.id, a.title FROM json_each(?) ids JOIN articles a ON a.id = ids.value ORDER BY ids.key')
    .all(idList(ids)) as ArticleRef[];
  const found = new Set(rows.map((row) => row.id));
  const missing = [...new Set(ids)].filter((id) => !found.has(id));
  if (missing.length > 0) throw new BriefingError('NOT_FOUND', `There is no article with id ${listIds(missing)} in this library; nothing was deleted.`);
  return rows;
}

/** What deleting these articles would take with it: briefings, highlights, notes, judgments citing them. */
export function articleDeletionImpact(db: Db, ids: readonly number[]): ArticleDeletionImpact {
  const articles = requireArticles(db, ids);
  const list = idList(ids);
  const briefings = db
    .prepare(
      `SELECT DISTINCT b.id, b.title FROM briefing_items bi JOIN briefings b ON b.id = bi.briefing_id
       WHERE bi.article_id IN (SELECT value FROM json_each(?)) ORDER BY b.title COLLATE NOCASE, b.id`,
    )
    .all(list) as ArticleRef[];
  const highlightCount = db.prepare('SELECT count(*) FROM highlights WHERE article_id IN (SELECT value FROM json_each(?))').pluck().get(list) as number;
  const noteCount = db
    .prepare(
      `SELECT (SELECT count(*) FROM notes WHERE article_id IN (SELECT value FROM json_each(@list)) AND body <> '')
            + (SELECT count(*) FROM highlights WHERE article_id IN (SELECT value FROM json_each(@list)) AND note <> '')`,
    )
    .pluck()
    .get({ list }) as number;
  // Only citations that are live now: one already reading "Highlight deleted" loses nothing more.
  const judgments = db
    .prepare(
      `SELECT DISTINCT j.id, j.briefing_id AS briefingId, b.title AS briefingTitle, j.text
       FROM judgment_citations c
       JOIN highlights h ON h.id = c.highlight_id AND h.article_id = c.article_id AND h.exact = c.quote
       JOIN judgments j ON j.id = c.judgment_id JOIN briefings b ON b.id = j.briefing_id
       WHERE h.article_id IN (SELECT value FROM json_each(?))
       ORDER BY b.title COLLATE NOCASE, j.briefing_id, j.position`,
    )
    .all(list) as ArticleDeletionImpact['judgments'];
  return { articles, briefings, highlightCount, noteCount, judgments };
}

/** Deletes the articles (every one must exist, or nothing changes) and returns all they were. */
export function deleteArticles(db: Db, ids: readonly number[]): { articles: ArticleRef[]; record: DeletedArticlesRecord } {
  const articles = requireArticles(db, ids);
  const list = idList(ids);
  // Tables keyed by `id` give it; the others give their rowid, so undo puts each row back where it was.
  const of = (table: string, column = 'article_id', rowid = false) =>
    db
      .prepare(`SELECT ${rowid ? 'rowid, ' : ''}* FROM ${table} WHERE ${column} IN (SELECT value FROM json_each(?)) ORDER BY rowid`)
      .all(list) as Row[];
  const highlights = of('highlights');
  const briefingIds = db
    .prepare('SELECT DISTINCT briefing_id FROM briefing_items WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY briefing_id')
    .pluck()
    .all(list) as number[];
  const leaving = new Set(ids);
  const rowidOf = db.prepare('SELECT rowid FROM briefing_items WHERE briefing_id = ? AND article_id = ?').pluck();
  const places = briefingIds.map((briefingId) => ({
    briefingId,
    places: itemsInOrder(db, briefingId).flatMap((item, position) =>
      leaving.has(item.article_id)
        ? [{ articleId: item.article_id, position, addedAt: item.added_at, rowid: rowidOf.get(briefingId, item.article_id) as number }]
        : [],
    ),
  }));
  const record: DeletedArticlesRecord = {
    articles: of('articles', 'id'),
    assets: of('article_assets', 'article_id', true),
    highlights,
    highlightTags: db
      .prepare('SELECT rowid, * FROM highlight_tags WHERE highlight_id IN (SELECT value FROM json_each(?)) ORDER BY rowid')
      .all(JSON.stringify(highlights.map((h) => h.id))) as Row[],
    notes: of('notes'),
    articleTags: of('article_tags', 'article_id', true),
    mentions: of('entity_mentions'),
    events: of('article_events'),
    captures: of('article_captures'),
    sources: of('article_sources'),
    places,
  };
  // Everything hanging off an article goes with it (ON DELETE CASCADE); the FTS triggers follow.
  db.prepare('DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?))').run(list);
  for (const { briefingId } of places) writeOrder(db, briefingId, itemsInOrder(db, briefingId).map((item) => item.article_id));
  return { articles, record };
}

/** Inserts a row as it was, with its id (or rowid) unless that was taken meanwhile. Returns its id. */
function insertRow(db: Db, table: string, row: Row): number {
  const values = { ...row };
  const key = 'id' in values ? 'id' : 'rowid';
  if (db.prepare(`SELECT 1 FROM ${table} WHERE ${key} = ?`).get(values[key]) !== undefined) values[key] = null;
  const columns = Object.keys(values);
  const { lastInsertRowid } = db
    .prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`)
    .run(values);
  return Number(lastInsertRowid);
}

const exists = (db: Db, table: string, id: unknown) => db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;

/**
 * Undo of `deleteArticles`: every article comes back with its id (a new one
 * only if the id was taken meanwhile) and everything that hung off it. An
 * article saved again since (same address or text) is refused, since undo
 * would make a second copy. Briefings, tags and entities deleted meanwhile
 * are not brought back; names and dates whose entity is gone are read again.
 */
export function restoreDeletedArticles(db: Db, record: DeletedArticlesRecord): ArticleSummary[] {
  for (const article of record.articles) {
    const twin = db
      .prepare('SELECT id, title FROM articles WHERE content_hash = @content_hash OR (@canonical_url IS NOT NULL AND canonical_url = @canonical_url)')
      .get({ content_hash: article.content_hash, canonical_url: article.canonical_url }) as ArticleRef | undefined;
    if (twin) {
      throw new BriefingError('CONFLICT', `“${String(article.title)}” was saved again since it was deleted (article ${twin.id}), so it cannot come back beside it.`);
    }
  }
  const articleIds = new Map<unknown, number>();
  for (const article of record.articles) articleIds.set(article.id, insertRow(db, 'articles', article));
  const onArticle = (row: Row) => ({ ...row, article_id: articleIds.get(row.article_id) });
  for (const asset of record.assets) insertRow(db, 'article_assets', onArticle(asset));
  const highlightIds = new Map<unknown, number>();
  for (const highlight of record.highlights) highlightIds.set(highlight.id, insertRow(db, 'highlights', onArticle(highlight)));
  for (const link of record.highlightTags) {
    if (exists(db, 'tags', link.tag_id)) insertRow(db, 'highlight_tags', { ...link, highlight_id: highlightIds.get(link.highlight_id) });
  }
  for (const note of record.notes) insertRow(db, 'notes', onArticle(note));
  for (const link of record.articleTags) {
    if (exists(db, 'tags', link.tag_id)) insertRow(db, 'article_tags', onArticle(link));
  }
  const reread = new Set<number>();
  for (const mention of record.mentions) {
    if (exists(db, 'entities', mention.entity_id)) insertRow(db, 'entity_mentions', onArticle(mention));
    else reread.add(articleIds.get(mention.article_id)!);
  }
  for (const event of record.events) insertRow(db, 'article_events', onArticle(event));
  for (const capture of record.captures) insertRow(db, 'article_captures', onArticle(capture));
  for (const source of record.sources) insertRow(db, 'article_sources', onArticle(source));
  // A merged or removed entity: the background reader reads these articles' names again.
  for (const id of reread) db.prepare('UPDATE articles SET extracted_version = NULL WHERE id = ?').run(id);
  for (const { briefingId, places } of record.places) {
    if (!exists(db, 'briefings', briefingId)) continue;
    const back = places.map((place) => ({ ...place, articleId: articleIds.get(place.articleId)! }));
    const next = restorePlaces(itemsInOrder(db, briefingId).map((item) => item.article_id), back);
    for (const place of back) {
      insertRow(db, 'briefing_items', { rowid: place.rowid, briefing_id: briefingId, article_id: place.articleId, position: next.indexOf(place.articleId), added_at: place.addedAt });
    }
    writeOrder(db, briefingId, next);
  }
  const rows = db
    .prepare(
      `SELECT a.id, a.title, a.byline, a.site_name, a.url, a.published_at, a.saved_at, a.excerpt, a.word_count, a.reading_status, a.source_grade, a.marking
       FROM json_each(?) ids JOIN articles a ON a.id = ids.value ORDER BY ids.key`,
    )
    .all(JSON.stringify([...articleIds.values()])) as Parameters<typeof toArticleSummaries>[1];
  return toArticleSummaries(db, rows);
}

/** Deletes waiting for their undo; older ones are forgotten past this. */
const MAX_WAITING = 8;

/** What deletes took, each under a token, for the library (the connection) it was taken from. */
export interface DeletedArticlesShelf {
  put(db: Db, articles: ArticleRef[], record: DeletedArticlesRecord): DeletedArticles;
  /** The record under `token` if it was taken from `db`; it stays until `drop`. */
  get(db: Db, token: string): DeletedArticlesRecord;
  drop(token: string): void;
}

export function createDeletedArticlesShelf(): DeletedArticlesShelf {
  const waiting = new Map<string, { db: Db; record: DeletedArticlesRecord }>();
  return {
    put(db, articles, record) {
      const token = randomUUID();
      waiting.set(token, { db, record });
      while (waiting.size > MAX_WAITING) waiting.delete(waiting.keys().next().value!);
      return { token, articles };
    },
    get(db, token) {
      const entry = waiting.get(token);
      if (!entry) throw new BriefingError('NOT_FOUND', 'That delete can no longer be undone.');
      if (entry.db !== db) throw new BriefingError('NOT_FOUND', 'That delete was made in another library (or before a restore); it can no longer be undone here.');
      return entry.record;
    },
    drop(token) {
      waiting.delete(token);
    },
  };
}
