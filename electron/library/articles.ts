/** Articles: the saved, sanitized pages and their reading state. */
import type {
  Article,
  ArticlePage,
  ArticleSummary,
  ReadingStatus,
  TextDirection,
  TlpMarking,
} from '../../shared/model.ts';
import { DEFAULT_SORT_DIRECTION, type ArticleFilters, type ArticleSort, type SiteCount, type SortDirection } from '../../shared/organize.ts';
import type { SourceGrade } from '../../shared/tradecraft/grades.ts';
import { neutralizeArticleNames } from '../../shared/bidi.ts';
import { BriefingError } from '../../shared/result.ts';
import type { Db } from './open.ts';
import { highlightTagsOf, taggedArticlesSql, tagsOf } from './tags.ts';

export interface NewArticle {
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  savedAt: string;
  lang: string | null;
  dir: TextDirection;
  excerpt: string | null;
  html: string;
  text: string;
  wordCount: number;
  contentHash: string;
}

interface ArticleRow {
  id: number;
  title: string;
  byline: string | null;
  site_name: string | null;
  url: string | null;
  published_at: string | null;
  saved_at: string;
  excerpt: string | null;
  word_count: number;
  reading_status: ReadingStatus;
  source_grade: SourceGrade | null;
  marking: TlpMarking;
}

interface FullArticleRow extends ArticleRow {
  lang: string | null;
  dir: TextDirection;
  html: string;
  text: string;
  content_hash: string;
  reading_position: number;
}

const SUMMARY_COLUMNS =
  'a.id, a.title, a.byline, a.site_name, a.url, a.published_at, a.saved_at, a.excerpt, a.word_count, a.reading_status, a.source_grade, a.marking';

/** Summaries of the rows, in the same order, each with its tags and its highlights' tags (one query each). */
export function toArticleSummaries(db: Db, rows: readonly ArticleRow[]): ArticleSummary[] {
  const ids = rows.map((row) => row.id);
  const tags = tagsOf(db, 'article', ids);
  const highlightTags = highlightTagsOf(db, ids);
  return rows.map((row) => toArticleSummary(row, tags.get(row.id) ?? [], highlightTags.get(row.id) ?? []));
}

function toArticleSummary(row: ArticleRow, tags: ArticleSummary['tags'], highlightTags: ArticleSummary['highlightTags']): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    byline: row.byline,
    siteName: row.site_name,
    url: row.url,
    publishedAt: row.published_at,
    savedAt: row.saved_at,
    excerpt: row.excerpt,
    wordCount: row.word_count,
    readingStatus: row.reading_status,
    tags,
    highlightTags,
    sourceGrade: row.source_grade,
    marking: row.marking,
  };
}

export function insertArticle(db: Db, article: NewArticle): number {
  const result = db
    .prepare(
      `INSERT INTO articles (url, canonical_url, title, byline, site_name, published_at, saved_at,
         lang, dir, excerpt, html, text, word_count, content_hash)
       VALUES (@url, @canonicalUrl, @title, @byline, @siteName, @publishedAt, @savedAt,
         @lang, @dir, @excerpt, @html, @text, @wordCount, @contentHash)`,
    )
    .run(neutralizeArticleNames(article));
  return Number(result.lastInsertRowid);
}

export interface ArticleQuery extends ArticleFilters {
  /** Saved, newest first, unless listing one briefing (its own order). */
  sort?: ArticleSort | undefined;
  direction?: SortDirection | undefined;
  offset: number;
  limit: number;
}

/**
 * ORDER BY for each sort, ending in the row id so that equal keys keep one
 * order from page to page, and written to match an index (migration v2).
 * Missing dates and sites go last either way: descending, SQLite puts NULL
 * last by itself.
 */
function orderBy(sort: ArticleSort, direction: SortDirection): string {
  const dir = direction === 'asc' ? 'ASC' : 'DESC';
  switch (sort) {
    case 'saved':
      return `a.saved_at ${dir}, a.id ${dir}`;
    case 'title':
      return `a.title COLLATE NOCASE ${dir}, a.id ${dir}`;
    case 'published':
      return `${direction === 'asc' ? 'a.published_at IS NULL, ' : ''}a.published_at ${dir}, a.id ${dir}`;
    case 'site':
      return `${direction === 'asc' ? 'a.site_name IS NULL, ' : ''}a.site_name COLLATE NOCASE ${dir}, a.id ${dir}`;
  }
}

/**
 * WHERE clauses and their parameters for the filters (alias `a`); search applies the article filters with them too.
 * `+a.id IN (…)` keeps SQLite reading the sort order's index and checking each
 * id against the set, instead of fetching every member's row to sort it.
 */
export function articleFilterSql(filters: ArticleFilters): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const add = (clause: string, name: string, value: unknown) => {
    where.push(clause);
    params[name] = value;
  };
  if (filters.briefingId !== undefined) {
    add('+a.id IN (SELECT article_id FROM briefing_items WHERE briefing_id = @briefingId)', 'briefingId', filters.briefingId);
  }
  if (filters.tagId !== undefined) add(`+a.id IN (${taggedArticlesSql('@tagId')})`, 'tagId', filters.tagId);
  if (filters.site !== undefined) add('a.site_name = @site COLLATE NOCASE', 'site', filters.site);
  if (filters.status !== undefined) add('a.reading_status = @status', 'status', filters.status);
  // Stored times are ISO 8601 in UTC, so a day compares as text: [from, day after `to`).
  if (filters.savedFrom !== undefined) add('a.saved_at >= @savedFrom', 'savedFrom', filters.savedFrom);
  if (filters.savedTo !== undefined) add("a.saved_at < date(@savedTo, '+1 day')", 'savedTo', filters.savedTo);
  if (filters.publishedFrom !== undefined) add('a.published_at >= @publishedFrom', 'publishedFrom', filters.publishedFrom);
  if (filters.publishedTo !== undefined) add("a.published_at < date(@publishedTo, '+1 day')", 'publishedTo', filters.publishedTo);
  if (filters.highlightColor !== undefined) {
    add('+a.id IN (SELECT article_id FROM highlights WHERE color = @highlightColor)', 'highlightColor', filters.highlightColor);
  }
  if (filters.sourceGrade !== undefined) add('a.source_grade = @sourceGrade', 'sourceGrade', filters.sourceGrade);
  if (filters.marking !== undefined) add('a.marking = @marking', 'marking', filters.marking);
  if (filters.hasNotes !== undefined) {
    const hasNote = `(EXISTS (SELECT 1 FROM notes n WHERE n.article_id = a.id AND n.body <> '')
      OR EXISTS (SELECT 1 FROM highlights h WHERE h.article_id = a.id AND h.note <> ''))`;
    where.push(filters.hasNotes ? hasNote : `NOT ${hasNote}`);
  }
  return { where, params };
}

/**
 * A page of articles, filtered and sorted; newest saved first by default, in
 * briefing order when listing one briefing without a sort.
 */
export function listArticles(db: Db, query: ArticleQuery): ArticlePage {
  const { sort, direction, offset, limit, ...filters } = query;
  const { where, params } = articleFilterSql(filters);
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  let from = 'articles a';
  let order: string;
  if (sort === undefined && filters.briefingId !== undefined) {
    from = 'articles a JOIN briefing_items bi ON bi.article_id = a.id AND bi.briefing_id = @briefingId';
    order = 'bi.position, a.id';
  } else {
    const by = sort ?? 'saved';
    order = orderBy(by, direction ?? DEFAULT_SORT_DIRECTION[by]);
  }
  // The page's ids first, from indexes alone; then only those rows (an article's row is large).
  const ids = db
    .prepare(`SELECT a.id FROM ${from} ${whereSql} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ ...params, limit, offset }) as number[];
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM json_each(?) page JOIN articles a ON a.id = page.value ORDER BY page.key`)
    .all(JSON.stringify(ids)) as ArticleRow[];
  const total = db.prepare(`SELECT count(*) FROM articles a ${whereSql}`).pluck().get(params) as number;
  return { items: toArticleSummaries(db, rows), total };
}

/** Every site in the library with its number of articles, A to Z (for the site filter). */
export function listSites(db: Db): SiteCount[] {
  return db
    .prepare(
      `SELECT site_name AS site, count(*) AS count FROM articles
       WHERE site_name IS NOT NULL AND site_name <> '' GROUP BY site_name COLLATE NOCASE ORDER BY site_name COLLATE NOCASE`,
    )
    .all() as SiteCount[];
}

export function getArticleSummary(db: Db, id: number): ArticleSummary {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.id = ?`).get(id) as ArticleRow | undefined;
  if (!row) throw new BriefingError('NOT_FOUND', `There is no article with id ${id} in this library.`);
  return toArticleSummaries(db, [row])[0]!;
}

export function getArticle(db: Db, id: number): Article {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, a.lang, a.dir, a.html, a.text, a.content_hash, a.reading_position
       FROM articles a WHERE a.id = ?`,
    )
    .get(id) as FullArticleRow | undefined;
  if (!row) throw new BriefingError('NOT_FOUND', `There is no article with id ${id} in this library.`);
  return {
    ...toArticleSummaries(db, [row])[0]!,
    lang: row.lang,
    dir: row.dir,
    html: row.html,
    text: row.text,
    contentHash: row.content_hash,
    readingPosition: row.reading_position,
  };
}

export function setReadingStatus(db: Db, id: number, status: ReadingStatus): Article {
  const { changes } = db.prepare('UPDATE articles SET reading_status = ? WHERE id = ?').run(status, id);
  if (changes === 0) throw new BriefingError('NOT_FOUND', `There is no article with id ${id} in this library.`);
  return getArticle(db, id);
}

export function countArticles(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
}

/** The article already saved under this canonical URL or with this exact text, if any. */
export function findDuplicate(db: Db, match: { canonicalUrl?: string | null; contentHash?: string }): ArticleSummary | null {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM articles a
       WHERE (@canonicalUrl IS NOT NULL AND a.canonical_url = @canonicalUrl) OR a.content_hash = @contentHash
       LIMIT 1`,
    )
    .get({ canonicalUrl: match.canonicalUrl ?? null, contentHash: match.contentHash ?? null }) as ArticleRow | undefined;
  return row ? toArticleSummaries(db, [row])[0]! : null;
}

export interface NewAsset {
  sha256: string;
  mime: string;
  bytes: number;
  sourceUrl: string | null;
}

export function insertAssets(db: Db, articleId: number, assets: readonly NewAsset[]): void {
  const insert = db.prepare(
    `INSERT INTO article_assets (article_id, sha256, mime, bytes, source_url) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (article_id, sha256) DO NOTHING`,
  );
  for (const asset of assets) insert.run(articleId, asset.sha256, asset.mime, asset.bytes, asset.sourceUrl);
}

/**
 * Remembers how far the reader got; opening an unread article and scrolling
 * into it makes it "reading". Returns whether the status changed.
 */
export function setReadingPosition(db: Db, id: number, position: number): { readingStatus: ReadingStatus; statusChanged: boolean } {
  const before = db.prepare('SELECT reading_status FROM articles WHERE id = ?').pluck().get(id) as ReadingStatus | undefined;
  if (before === undefined) throw new BriefingError('NOT_FOUND', `There is no article with id ${id} in this library.`);
  const readingStatus: ReadingStatus = before === 'unread' && position > 0 ? 'reading' : before;
  db.prepare('UPDATE articles SET reading_position = ?, reading_status = ? WHERE id = ?').run(position, readingStatus, id);
  return { readingStatus, statusChanged: readingStatus !== before };
}
