/** Briefings: titled, marked, ordered collections of articles. */
import {
  articlesToAdd,
  copyTitle,
  moveInOrder,
  restorePlaces,
  type BriefingPlace,
} from '../../shared/briefings.ts';
import type { Briefing, BriefingSummary, DeletedBriefing, TlpMarking } from '../../shared/model.ts';
import { BriefingError } from '../../shared/result.ts';
import { listArticles } from './articles.ts';
import { copyJudgments, judgmentsForUndo, restoreJudgments } from './judgments.ts';
import type { Db } from './open.ts';

interface BriefingRow {
  id: number;
  title: string;
  marking: TlpMarking;
  article_count: number;
  updated_at: string;
  author: string;
  summary: string;
  date: string;
  created_at: string;
}

const BRIEFING_COLUMNS = `b.id, b.title, b.marking, b.updated_at, b.author, b.summary, b.date, b.created_at,
  (SELECT count(*) FROM briefing_items bi WHERE bi.briefing_id = b.id) AS article_count`;

function toSummary(row: BriefingRow): BriefingSummary {
  return {
    id: row.id,
    title: row.title,
    marking: row.marking,
    articleCount: row.article_count,
    updatedAt: row.updated_at,
  };
}

export function listBriefings(db: Db): BriefingSummary[] {
  const rows = db
    .prepare(`SELECT ${BRIEFING_COLUMNS} FROM briefings b ORDER BY b.updated_at DESC, b.id DESC`)
    .all() as BriefingRow[];
  return rows.map(toSummary);
}

export function getBriefing(db: Db, id: number): Briefing {
  const row = db.prepare(`SELECT ${BRIEFING_COLUMNS} FROM briefings b WHERE b.id = ?`).get(id) as
    | BriefingRow
    | undefined;
  if (!row) throw new BriefingError('NOT_FOUND', `There is no briefing with id ${id} in this library.`);
  const articles = listArticles(db, { briefingId: id, offset: 0, limit: 10_000 }).items;
  return {
    ...toSummary(row),
    author: row.author,
    summary: row.summary,
    date: row.date,
    createdAt: row.created_at,
    articles,
  };
}

/** A new, empty briefing; its date is `date` ("YYYY-MM-DD"), else the day of `now`. */
export function createBriefing(db: Db, title: string, now: string, date: string = now.slice(0, 10)): Briefing {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO briefings (title, date, created_at, updated_at) VALUES (?, ?, ?, ?)')
    .run(title, date, now, now);
  return getBriefing(db, Number(lastInsertRowid));
}

export interface BriefingChanges {
  title?: string | undefined;
  author?: string | undefined;
  summary?: string | undefined;
  marking?: TlpMarking | undefined;
  date?: string | undefined;
}

export function updateBriefing(db: Db, id: number, changes: BriefingChanges, now: string): Briefing {
  const { changes: updated } = db
    .prepare(
      `UPDATE briefings SET
         title = coalesce(@title, title),
         author = coalesce(@author, author),
         summary = coalesce(@summary, summary),
         marking = coalesce(@marking, marking),
         date = coalesce(@date, date),
         updated_at = @now
       WHERE id = @id`,
    )
    .run({
      id,
      now,
      title: changes.title ?? null,
      author: changes.author ?? null,
      summary: changes.summary ?? null,
      marking: changes.marking ?? null,
      date: changes.date ?? null,
    });
  if (updated === 0) throw new BriefingError('NOT_FOUND', `There is no briefing with id ${id} in this library.`);
  return getBriefing(db, id);
}

/** Appends an article at the end of a briefing; adding it twice keeps one place. */
export function addToBriefing(db: Db, briefingId: number, articleId: number, now: string): void {
  addArticles(db, briefingId, [articleId], now);
}

function requireBriefing(db: Db, id: number): { id: number; title: string } {
  const row = db.prepare('SELECT id, title FROM briefings WHERE id = ?').get(id) as { id: number; title: string } | undefined;
  if (!row) throw new BriefingError('NOT_FOUND', `There is no briefing with id ${id} in this library.`);
  return row;
}

interface ItemRow {
  article_id: number;
  added_at: string;
}

/** The briefing's articles in order (ties, which only old data can have, by article id). */
export function itemsInOrder(db: Db, briefingId: number): ItemRow[] {
  return db
    .prepare('SELECT article_id, added_at FROM briefing_items WHERE briefing_id = ? ORDER BY position, article_id')
    .all(briefingId) as ItemRow[];
}

/** Writes `order` as positions 0..n-1: every change leaves the order dense. */
export function writeOrder(db: Db, briefingId: number, order: readonly number[]): void {
  const update = db.prepare(
    'UPDATE briefing_items SET position = @position WHERE briefing_id = @briefingId AND article_id = @articleId AND position <> @position',
  );
  order.forEach((articleId, position) => update.run({ briefingId, articleId, position }));
}

function touch(db: Db, briefingId: number, now: string): void {
  db.prepare('UPDATE briefings SET updated_at = ? WHERE id = ?').run(now, briefingId);
}

/** Of `articleIds`, those that are not (or no longer) in the library. */
function missingArticles(db: Db, articleIds: readonly number[]): number[] {
  return db
    .prepare('SELECT DISTINCT value FROM json_each(?) WHERE value NOT IN (SELECT id FROM articles)')
    .pluck()
    .all(JSON.stringify(articleIds)) as number[];
}

function listIds(ids: readonly number[]): string {
  const shown = ids.slice(0, 5).join(', ');
  return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown;
}

function insertItems(db: Db, briefingId: number, places: ReadonlyArray<{ articleId: number; position: number; addedAt: string }>): void {
  const insert = db.prepare(
    'INSERT INTO briefing_items (briefing_id, article_id, position, added_at) VALUES (@briefingId, @articleId, @position, @addedAt)',
  );
  for (const place of places) insert.run({ briefingId, ...place });
}

export interface AddedArticles {
  briefing: Briefing;
  /** The articles that were not in the briefing yet, in the order they were appended. */
  added: number[];
}

/**
 * Appends articles to the end of a briefing, in the order given; those
 * already in it keep their place. Every article must exist, or nothing changes.
 */
export function addArticles(db: Db, briefingId: number, articleIds: readonly number[], now: string): AddedArticles {
  requireBriefing(db, briefingId);
  const missing = missingArticles(db, articleIds);
  if (missing.length > 0) {
    throw new BriefingError('NOT_FOUND', `There is no article with id ${listIds(missing)} in this library; nothing was added.`);
  }
  const order = itemsInOrder(db, briefingId).map((item) => item.article_id);
  const added = articlesToAdd(order, articleIds);
  insertItems(db, briefingId, added.map((articleId, i) => ({ articleId, position: order.length + i, addedAt: now })));
  writeOrder(db, briefingId, [...order, ...added]);
  if (added.length > 0) touch(db, briefingId, now);
  return { briefing: getBriefing(db, briefingId), added };
}

export interface RemovedArticles {
  briefing: Briefing;
  /** Where each removed article was, for undo (`restoreArticles`). */
  removed: BriefingPlace[];
}

/** Takes articles out of a briefing (they stay in the library). Each must be in it, or nothing changes. */
export function removeArticles(db: Db, briefingId: number, articleIds: readonly number[], now: string): RemovedArticles {
  const { title } = requireBriefing(db, briefingId);
  const items = itemsInOrder(db, briefingId);
  const order = items.map((item) => item.article_id);
  const absent = [...new Set(articleIds)].filter((id) => !order.includes(id));
  if (absent.length > 0) {
    const which = absent.length === 1 ? `Article ${absent[0]} is` : `Articles ${listIds(absent)} are`;
    throw new BriefingError('NOT_FOUND', `${which} not in the briefing “${title}”; nothing was removed.`);
  }
  const leaving = new Set(articleIds);
  const removed = items.flatMap((item, position) =>
    leaving.has(item.article_id) ? [{ articleId: item.article_id, position, addedAt: item.added_at }] : [],
  );
  const remove = db.prepare('DELETE FROM briefing_items WHERE briefing_id = ? AND article_id = ?');
  for (const place of removed) remove.run(briefingId, place.articleId);
  writeOrder(db, briefingId, order.filter((id) => !leaving.has(id)));
  touch(db, briefingId, now);
  return { briefing: getBriefing(db, briefingId), removed };
}

/**
 * Undo of `removeArticles`: the articles go back to the places they held.
 * Articles deleted from the library meanwhile are left out; those already
 * back in the briefing stay where they are.
 */
export function restoreArticles(db: Db, briefingId: number, places: readonly BriefingPlace[], now: string): Briefing {
  requireBriefing(db, briefingId);
  const gone = new Set(missingArticles(db, places.map((p) => p.articleId)));
  const order = itemsInOrder(db, briefingId).map((item) => item.article_id);
  // Places are counted with every removed article: put them all back, then leave out the gone ones.
  const next = restorePlaces(order, places).filter((id) => !gone.has(id));
  const back = places.filter(
    (p, i) => !gone.has(p.articleId) && !order.includes(p.articleId) && places.findIndex((other) => other.articleId === p.articleId) === i,
  );
  insertItems(db, briefingId, back.map((place) => ({ ...place, position: next.indexOf(place.articleId) })));
  writeOrder(db, briefingId, next);
  if (back.length > 0) touch(db, briefingId, now);
  return getBriefing(db, briefingId);
}

/** Moves an article of a briefing to `index` (0 = first); the others close up around it. */
export function moveArticle(db: Db, briefingId: number, articleId: number, index: number, now: string): Briefing {
  const { title } = requireBriefing(db, briefingId);
  const order = itemsInOrder(db, briefingId).map((item) => item.article_id);
  const moved = moveInOrder(order, articleId, index);
  if (!moved.ok) throw new BriefingError(moved.code, moved.reason.replace('this briefing', `the briefing “${title}”`));
  writeOrder(db, briefingId, moved.order);
  touch(db, briefingId, now);
  return getBriefing(db, briefingId);
}

/** A copy of a briefing: its fields, its articles in order, its notes and key judgments, titled "… (copy)". */
export function duplicateBriefing(db: Db, id: number, now: string): Briefing {
  const source = getBriefing(db, id);
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO briefings (title, author, summary, marking, date, created_at, updated_at)
       VALUES (@title, @author, @summary, @marking, @date, @now, @now)`,
    )
    .run({ title: copyTitle(source.title), author: source.author, summary: source.summary, marking: source.marking, date: source.date, now });
  const copyId = Number(lastInsertRowid);
  insertItems(db, copyId, itemsInOrder(db, id).map((item, position) => ({ articleId: item.article_id, position, addedAt: now })));
  db.prepare(
    `INSERT INTO notes (briefing_id, body, created_at, updated_at)
     SELECT ?, body, created_at, updated_at FROM notes WHERE briefing_id = ? ORDER BY id`,
  ).run(copyId, id);
  copyJudgments(db, id, copyId);
  return getBriefing(db, copyId);
}

/** Deletes a briefing (its articles stay in the library) and returns all of it, for undo. */
export function deleteBriefing(db: Db, id: number): DeletedBriefing {
  const row = db.prepare('SELECT id, title, author, summary, marking, date, created_at, updated_at FROM briefings WHERE id = ?').get(id) as
    | (Omit<BriefingRow, 'article_count'> & { id: number })
    | undefined;
  if (!row) throw new BriefingError('NOT_FOUND', `There is no briefing with id ${id} in this library.`);
  const items = itemsInOrder(db, id).map((item, position) => ({ articleId: item.article_id, position, addedAt: item.added_at }));
  const notes = (
    db.prepare('SELECT id, body, created_at, updated_at FROM notes WHERE briefing_id = ? ORDER BY id').all(id) as Array<{
      id: number;
      body: string;
      created_at: string;
      updated_at: string;
    }>
  ).map((note) => ({ id: note.id, body: note.body, createdAt: note.created_at, updatedAt: note.updated_at }));
  const judgments = judgmentsForUndo(db, id);
  db.prepare('DELETE FROM briefings WHERE id = ?').run(id);
  return {
    briefing: {
      id: row.id,
      title: row.title,
      author: row.author,
      summary: row.summary,
      marking: row.marking,
      date: row.date,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    },
    items,
    notes,
    judgments,
  };
}

/**
 * Undo of `deleteBriefing`: the briefing comes back as it was, with the same
 * id (a new one only if that id was taken meanwhile), its articles in order
 * (less any deleted from the library meanwhile), its notes and its key
 * judgments with their citations.
 */
export function restoreBriefing(db: Db, deleted: DeletedBriefing): Briefing {
  const { briefing } = deleted;
  const idFree = db.prepare('SELECT 1 FROM briefings WHERE id = ?').get(briefing.id) === undefined;
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO briefings (id, title, author, summary, marking, date, created_at, updated_at)
       VALUES (@id, @title, @author, @summary, @marking, @date, @createdAt, @updatedAt)`,
    )
    .run({ ...briefing, id: idFree ? briefing.id : null });
  const id = Number(lastInsertRowid);
  const gone = new Set(missingArticles(db, deleted.items.map((item) => item.articleId)));
  const kept = [...deleted.items]
    .sort((a, b) => a.position - b.position)
    .filter((item, i, all) => !gone.has(item.articleId) && all.findIndex((other) => other.articleId === item.articleId) === i);
  insertItems(db, id, kept.map((item, position) => ({ ...item, position })));
  const insertNote = db.prepare(
    `INSERT INTO notes (id, briefing_id, body, created_at, updated_at)
     VALUES (CASE WHEN EXISTS (SELECT 1 FROM notes WHERE id = @id) THEN NULL ELSE @id END, @briefingId, @body, @createdAt, @updatedAt)`,
  );
  for (const note of deleted.notes) insertNote.run({ ...note, briefingId: id });
  restoreJudgments(db, id, deleted.judgments ?? []);
  return getBriefing(db, id);
}

export function countBriefings(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM briefings').get() as { n: number }).n;
}

export function findBriefingByTitle(db: Db, title: string): BriefingSummary | null {
  const row = db.prepare(`SELECT ${BRIEFING_COLUMNS} FROM briefings b WHERE b.title = ? COLLATE NOCASE ORDER BY b.id LIMIT 1`).get(title) as
    | BriefingRow
    | undefined;
  return row ? toSummary(row) : null;
}
