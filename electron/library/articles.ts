/** Articles: the saved, sanitized pages and their reading state. */
import type {
  Article,
  ArticlePage,
  ArticleSummary,
  ReadingStatus,
  TextDirection,
  TlpMarking,
} from '../../shared/model.ts';
import type { SourceGrade } from '../../shared/tradecraft/grades.ts';
import { BriefingError } from '../../shared/result.ts';
import type { Db } from './open.ts';

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

export function toArticleSummary(row: ArticleRow): ArticleSummary {
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
    .run(article);
  return Number(result.lastInsertRowid);
}

export interface ArticleQuery {
  briefingId?: number | undefined;
  status?: ReadingStatus | undefined;
  offset: number;
  limit: number;
}

/** Newest first, or in briefing order when listing one briefing. */
export function listArticles(db: Db, query: ArticleQuery): ArticlePage {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: query.limit, offset: query.offset };
  let from = 'articles a';
  let order = 'a.saved_at DESC, a.id DESC';
  if (query.briefingId !== undefined) {
    from = 'briefing_items bi JOIN articles a ON a.id = bi.article_id';
    where.push('bi.briefing_id = @briefingId');
    params.briefingId = query.briefingId;
    order = 'bi.position, a.id';
  }
  if (query.status !== undefined) {
    where.push('a.reading_status = @status');
    params.status = query.status;
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM ${from} ${whereSql} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
    .all(params) as ArticleRow[];
  const { total } = db.prepare(`SELECT count(*) AS total FROM ${from} ${whereSql}`).get(params) as {
    total: number;
  };
  return { items: rows.map(toArticleSummary), total };
}

export function getArticleSummary(db: Db, id: number): ArticleSummary {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.id = ?`).get(id) as ArticleRow | undefined;
  if (!row) throw new BriefingError('NOT_FOUND', `There is no article with id ${id} in this library.`);
  return toArticleSummary(row);
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
    ...toArticleSummary(row),
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
  return row ? toArticleSummary(row) : null;
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
