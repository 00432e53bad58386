/**
 * The evidence locker: every highlight in the library, newest first, with the
 * article it comes from; and sending chosen highlights' articles to a briefing.
 */
import type { SourceGrade } from '../../shared/tradecraft/grades.ts';
import type { EvidencePage, HighlightFilters } from '../../shared/organize.ts';
import { BriefingError } from '../../shared/result.ts';
import { addToBriefing, getBriefing } from './briefings.ts';
import { toHighlights, type HighlightRow } from './highlights.ts';
import type { Db } from './open.ts';

export interface EvidenceQuery extends HighlightFilters {
  offset: number;
  limit: number;
}

interface SourceRow {
  id: number;
  title: string;
  site_name: string | null;
  url: string | null;
  published_at: string | null;
  saved_at: string;
  source_grade: SourceGrade | null;
}

/** `%`, `_` and the escape itself match literally in LIKE … ESCAPE '\'. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * `+h.id IN (…)` keeps SQLite reading the newest-first index and checking each
 * highlight against the set, rather than sorting every member.
 */
function filterSql(filters: HighlightFilters): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filters.color !== undefined) {
    where.push('h.color = @color');
    params.color = filters.color;
  }
  if (filters.tagId !== undefined) {
    where.push('+h.id IN (SELECT highlight_id FROM highlight_tags WHERE tag_id = @tagId)');
    params.tagId = filters.tagId;
  }
  if (filters.briefingId !== undefined) {
    where.push('+h.article_id IN (SELECT article_id FROM briefing_items WHERE briefing_id = @briefingId)');
    params.briefingId = filters.briefingId;
  }
  if (filters.site !== undefined) {
    where.push('+h.article_id IN (SELECT id FROM articles WHERE site_name = @site COLLATE NOCASE)');
    params.site = filters.site;
  }
  if (filters.sourceGrade !== undefined) {
    where.push('+h.article_id IN (SELECT id FROM articles WHERE source_grade = @sourceGrade)');
    params.sourceGrade = filters.sourceGrade;
  }
  if (filters.credibility !== undefined) {
    where.push('h.credibility = @credibility');
    params.credibility = filters.credibility;
  }
  if (filters.marking !== undefined) {
    where.push('h.marking = @marking');
    params.marking = filters.marking;
  }
  if (filters.text !== undefined) {
    where.push("(h.exact LIKE @text ESCAPE '\\' OR h.note LIKE @text ESCAPE '\\')");
    params.text = likePattern(filters.text);
  }
  return { where, params };
}

/** A page of highlights across the library, newest first (then by id), each with its source article. */
export function listAllHighlights(db: Db, query: EvidenceQuery): EvidencePage {
  const { offset, limit, ...filters } = query;
  const { where, params } = filterSql(filters);
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  // The page's ids first, reading the newest-first index; then only those rows.
  const ids = db
    .prepare(`SELECT h.id FROM highlights h ${whereSql} ORDER BY h.created_at DESC, h.id DESC LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ ...params, limit, offset }) as number[];
  const rows = db
    .prepare('SELECT h.* FROM json_each(?) page JOIN highlights h ON h.id = page.value ORDER BY page.key')
    .all(JSON.stringify(ids)) as HighlightRow[];
  const total = db.prepare(`SELECT count(*) FROM highlights h ${whereSql}`).pluck().get(params) as number;
  const sources = new Map(
    (
      db
        .prepare(
          `SELECT id, title, site_name, url, published_at, saved_at, source_grade FROM articles
           WHERE id IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify([...new Set(rows.map((row) => row.article_id))])) as SourceRow[]
    ).map((row) => [row.id, row]),
  );
  const items = toHighlights(db, rows).map((highlight) => {
    const source = sources.get(highlight.articleId)!;
    return {
      highlight,
      article: {
        id: source.id,
        title: source.title,
        siteName: source.site_name,
        url: source.url,
        publishedAt: source.published_at,
        savedAt: source.saved_at,
        sourceGrade: source.source_grade,
      },
    };
  });
  return { items, total };
}

/**
 * Adds the articles the highlights come from to the briefing (each once, at
 * the end, in the order given). Returns how many articles were new to it.
 */
export function addHighlightsToBriefing(db: Db, briefingId: number, highlightIds: readonly number[], now: string): { added: number; articles: number } {
  getBriefing(db, briefingId);
  const rows = db
    .prepare(
      `SELECT h.id, h.article_id FROM highlights h JOIN json_each(?) w ON w.value = h.id ORDER BY w.key`,
    )
    .all(JSON.stringify(highlightIds)) as Array<{ id: number; article_id: number }>;
  if (rows.length !== new Set(highlightIds).size) {
    throw new BriefingError('NOT_FOUND', 'Some of these highlights are no longer in the library; nothing was added.');
  }
  const articleIds = [...new Set(rows.map((row) => row.article_id))];
  const before = db.prepare('SELECT count(*) FROM briefing_items WHERE briefing_id = ?').pluck();
  const count = before.get(briefingId) as number;
  for (const articleId of articleIds) addToBriefing(db, briefingId, articleId, now);
  return { added: (before.get(briefingId) as number) - count, articles: articleIds.length };
}
