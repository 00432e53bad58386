/** Briefings: titled, marked, ordered collections of articles. */
import type { Briefing, BriefingSummary, TlpMarking } from '../../shared/model.ts';
import { BriefingError } from '../../shared/result.ts';
import { listArticles } from './articles.ts';
import type { Db } from './open.ts';

interface BriefingRow {
  id: number;
  title: string;
  marking: TlpMarking;
  article_count: number;
  updated_at: string;
  author: string;
  summary: string;
  created_at: string;
}

const BRIEFING_COLUMNS = `b.id, b.title, b.marking, b.updated_at, b.author, b.summary, b.created_at,
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
    createdAt: row.created_at,
    articles,
  };
}

export function createBriefing(db: Db, title: string, now: string): Briefing {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO briefings (title, created_at, updated_at) VALUES (?, ?, ?)')
    .run(title, now, now);
  return getBriefing(db, Number(lastInsertRowid));
}

export interface BriefingChanges {
  title?: string | undefined;
  author?: string | undefined;
  summary?: string | undefined;
  marking?: TlpMarking | undefined;
}

export function updateBriefing(db: Db, id: number, changes: BriefingChanges, now: string): Briefing {
  const { changes: updated } = db
    .prepare(
      `UPDATE briefings SET
         title = coalesce(@title, title),
         author = coalesce(@author, author),
         summary = coalesce(@summary, summary),
         marking = coalesce(@marking, marking),
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
    });
  if (updated === 0) throw new BriefingError('NOT_FOUND', `There is no briefing with id ${id} in this library.`);
  return getBriefing(db, id);
}

/** Appends an article at the end of a briefing; adding it twice keeps one place. */
export function addToBriefing(db: Db, briefingId: number, articleId: number, now: string): void {
  db.prepare(
    `INSERT INTO briefing_items (briefing_id, article_id, position, added_at)
     VALUES (@briefingId, @articleId,
       (SELECT coalesce(max(position), -1) + 1 FROM briefing_items WHERE briefing_id = @briefingId), @now)
     ON CONFLICT (briefing_id, article_id) DO NOTHING`,
  ).run({ briefingId, articleId, now });
  db.prepare('UPDATE briefings SET updated_at = ? WHERE id = ?').run(now, briefingId);
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
