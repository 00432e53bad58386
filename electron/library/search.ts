/**
 * Search across articles (title, byline, site, text), highlights (quote and
 * note) and notes, ranked by bm25 with the weights the search tables carry
 * (migration 2: title above byline and site, above text).
 *
 * Each kind is searched on its own FTS table with `MATCH … ORDER BY rank
 * LIMIT n` and nothing else in that statement; filters are applied to those
 * ranked ids afterwards, asking for every match only when filters left too
 * few. A filter that leaves few articles (one briefing, one site) is applied
 * the other way round: list what those articles hold, then keep those among
 * every match. (A MATCH mixed with joins and filters in one WHERE lets the
 * planner run the whole query once per row, which takes seconds on a large
 * library.) Snippets are cut for the page of hits only, one statement a kind.
 */
import { foldForIndex } from '../../shared/search/fold.ts';
import type { SearchFacets, SearchFilters, SearchHit, SearchKind, SearchRequest, SearchResult } from '../../shared/search/model.ts';
import { toMatchExpression } from '../../shared/search/query.ts';
import { MATCH_END, MATCH_START } from '../../shared/search/snippet.ts';
import type { HighlightColor } from '../../shared/highlights.ts';
import type { Statement } from 'better-sqlite3';
import type { Db } from './open.ts';

const statements = new WeakMap<Db, Map<string, Statement>>();

/** One prepared statement per SQL text and database: the palette searches at every key. */
function prepared(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

/** Words around a match in a snippet (FTS5 allows up to 64). */
const SNIPPET_TOKENS = 20;
/** With filters, rank this many times the wanted number first. */
const FILTER_HEADROOM = 4;
/** Filters that leave at most this many articles are applied by listing what those articles hold. */
const SMALL_SCOPE = 2000;

interface Ranked {
  kind: SearchKind;
  id: number;
  rank: number;
}

const FTS: Record<SearchKind, string> = { article: 'articles_fts', highlight: 'highlights_fts', note: 'notes_fts' };

/**
 * What a kind's own filters ask of its candidate rows, as SQL over `ids`
 * returning `id` and `article_id`; null when the filters rule the kind out.
 * These tables are small per row; the article's own columns are checked
 * through {@link allowedArticles}.
 */
function kindFilter(kind: SearchKind, filters: SearchFilters, params: Record<string, unknown>, scope: 'ids' | 'articles'): string | null {
  /** Rows among the candidates (`@ids`), or every row of the articles in `@articles`. */
  const among = (row: string, article: string) =>
    scope === 'ids' ? `${row}.id IN (SELECT value FROM json_each(@ids))` : `${article} IN (SELECT value FROM json_each(@articles))`;
  const where: string[] = [];
  if (filters.tagId !== undefined) params.tagId = filters.tagId;
  const articleTagged = (column: string) => `EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = ${column} AND t.tag_id = @tagId)`;
  if (kind === 'article') {
    if (filters.color !== undefined) return null;
    if (filters.hasNotes) where.push(articleHasNotes('a.id'));
    if (filters.tagId !== undefined) where.push(articleTagged('a.id'));
    return `SELECT a.id AS id, a.id AS article_id FROM articles a WHERE ${among('a', 'a.id')}${where.map((c) => ` AND ${c}`).join('')}`;
  }
  if (kind === 'highlight') {
    if (filters.color !== undefined) {
      where.push('h.color = @color');
      params.color = filters.color;
    }
    if (filters.hasNotes) where.push("h.note <> ''");
    if (filters.tagId !== undefined) {
      where.push(`(EXISTS (SELECT 1 FROM highlight_tags ht WHERE ht.highlight_id = h.id AND ht.tag_id = @tagId) OR ${articleTagged('h.article_id')})`);
    }
    return `SELECT h.id AS id, h.article_id AS article_id FROM highlights h WHERE ${among('h', 'h.article_id')}${where.map((c) => ` AND ${c}`).join('')}`;
  }
  if (filters.color !== undefined) return null;
  // Notes on a briefing rather than an article have no article to open.
  where.push('n.article_id IS NOT NULL');
  if (filters.tagId !== undefined) where.push(articleTagged('n.article_id'));
  return `SELECT n.id AS id, n.article_id AS article_id FROM notes n WHERE ${among('n', 'n.article_id')}${where.map((c) => ` AND ${c}`).join('')}`;
}

function articleHasNotes(column: string): string {
  return `(EXISTS (SELECT 1 FROM notes n WHERE n.article_id = ${column}) OR EXISTS (SELECT 1 FROM highlights h WHERE h.article_id = ${column} AND h.note <> ''))`;
}

/** The day after a YYYY-MM-DD day, for ranges that include their last day. */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Conditions on the article's own columns (alias `a`) and its briefings. */
function articleConditions(filters: SearchFilters, params: Record<string, unknown>): string[] {
  const where: string[] = [];
  if (filters.briefingId !== undefined) {
    where.push('EXISTS (SELECT 1 FROM briefing_items bi WHERE bi.article_id = a.id AND bi.briefing_id = @briefingId)');
    params.briefingId = filters.briefingId;
  }
  if (filters.site !== undefined) {
    where.push('a.site_name = @site COLLATE NOCASE');
    params.site = filters.site;
  }
  const range = (column: string, from: string | undefined, to: string | undefined, name: string) => {
    if (from !== undefined) {
      where.push(`${column} >= @${name}From`);
      params[`${name}From`] = from;
    }
    if (to !== undefined) {
      where.push(`${column} < @${name}To`);
      params[`${name}To`] = nextDay(to);
    }
  };
  range('a.saved_at', filters.savedFrom, filters.savedTo, 'saved');
  range('a.published_at', filters.publishedFrom, filters.publishedTo, 'published');
  if (filters.unread) where.push("a.reading_status = 'unread'");
  return where;
}

/**
 * The ids of the articles whose own columns pass the filters, or null when no
 * such filter is set. The covering index of migration 2 answers this without
 * reading the articles' large rows.
 */
function allowedArticles(db: Db, filters: SearchFilters): Set<number> | null {
  const params: Record<string, unknown> = {};
  const where = articleConditions(filters, params);
  if (where.length === 0) return null;
  const ids = prepared(db, `SELECT a.id FROM articles a WHERE ${where.join(' AND ')}`).pluck().all(params) as number[];
  return new Set(ids);
}

/** The best `want` ids of one kind that pass the filters, best first, and whether there are more. */
function rankKind(db: Db, kind: SearchKind, match: string, filters: SearchFilters, allowed: Set<number> | null, want: number): { ranked: Ranked[]; more: boolean } {
  const params: Record<string, unknown> = {};
  const filter = kindFilter(kind, filters, params, 'ids');
  if (filter === null || allowed?.size === 0) return { ranked: [], more: false };
  const ranking = prepared(db, `SELECT rowid AS id, rank FROM ${FTS[kind]} WHERE ${FTS[kind]} MATCH @match ORDER BY rank LIMIT @limit`);
  // Every match with its rank, unsorted: FTS5 sorting them all costs more than ranking them; the few kept are sorted here.
  const everyMatch = () => prepared(db, `SELECT rowid AS id, rank FROM ${FTS[kind]} WHERE ${FTS[kind]} MATCH @match`).all({ match }) as Array<{ id: number; rank: number }>;
  const byRank = (rows: Array<{ id: number; rank: number }>) => rows.sort((a, b) => a.rank - b.rank || a.id - b.id);
  const result = (rows: Array<{ id: number; rank: number }>) => ({
    ranked: rows.slice(0, want).map((row) => ({ kind, id: row.id, rank: row.rank })),
    more: rows.length > want,
  });
  if (allowed !== null && allowed.size <= SMALL_SCOPE) {
    // Few articles pass (one briefing, one site): list what of this kind they hold, then keep those of every match.
    const inScope = new Set(
      prepared(db, kindFilter(kind, filters, params, 'articles')!).pluck().all({ ...params, articles: JSON.stringify([...allowed]) }) as number[],
    );
    return result(byRank(everyMatch().filter((row) => inScope.has(row.id))));
  }
  // Highlights and notes always go through their filter query: it gives their article.
  const ownFilters = kind !== 'article' || filters.hasNotes === true || filters.tagId !== undefined;
  const filtered = ownFilters || allowed !== null;
  const keep = prepared(db, filter);
  // One more than wanted tells whether there are more. With filters, rank a few times that first,
  // and if too few pass, every match (-1).
  const limits = filtered ? [(want + 1) * FILTER_HEADROOM, -1] : [want + 1];
  for (const limit of limits) {
    const rows = limit === -1 ? everyMatch() : (ranking.all({ match, limit }) as Array<{ id: number; rank: number }>);
    let passing = rows;
    if (filtered) {
      const kept = new Map<number, number>();
      if (ownFilters) {
        for (const row of keep.all({ ...params, ids: JSON.stringify(rows.map((r) => r.id)) }) as Array<{ id: number; article_id: number }>) {
          kept.set(row.id, row.article_id);
        }
      }
      passing = rows.filter((row) => {
        const articleId = ownFilters ? kept.get(row.id) : row.id;
        return articleId !== undefined && (allowed === null || allowed.has(articleId));
      });
    }
    if (passing.length > want || limit === -1 || rows.length < limit) return result(limit === -1 ? byRank(passing) : passing);
  }
  return result([]);
}

/**
 * Puts back the original letters into a snippet FTS5 cut from the folded
 * copy, and finds where it sits in the original. Folding keeps every
 * character's offset, so the snippet's text is at the same place in both.
 */
export function restoreSnippet(folded: string, original: string): { snippet: string; start: number; end: number } | null {
  const plain = folded.replaceAll(MATCH_START, '').replaceAll(MATCH_END, '');
  if (plain === '') return null;
  const start = foldForIndex(original).indexOf(plain);
  if (start < 0) return null;
  let snippet = '';
  let at = start;
  for (const character of folded) {
    if (character === MATCH_START || character === MATCH_END) {
      snippet += character;
    } else {
      // Folded characters are single UTF-16 units, so the original has the same number here.
      snippet += original.slice(at, at + character.length);
      at += character.length;
    }
  }
  return { snippet, start, end: at };
}

/** A restored snippet with "…" where the passage is cut from a longer text. */
function passage(restored: { snippet: string; start: number; end: number }, original: string): string {
  return oneLine(`${restored.start > 0 ? '…' : ''}${restored.snippet}${restored.end < original.length ? '…' : ''}`);
}

/** Paragraph breaks become spaces: a snippet is read as one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface ArticleDetails {
  id: number;
  title: string;
  byline: string | null;
  site_name: string | null;
  text: string;
  published_at: string | null;
  saved_at: string;
}

/**
 * Snippets of `columns` for the hits `ids` of one table, in one statement so
 * that the query's terms (and prefixes) are expanded once. `+rowid` keeps the
 * id list out of FTS5's plan: it walks the matches once rather than running
 * the whole query again for each id.
 */
function snippetsOf(db: Db, fts: string, columns: readonly number[], match: string, ids: readonly number[]): Map<number, string[]> {
  if (ids.length === 0) return new Map();
  const list = columns.map((column, i) => `snippet(${fts}, ${column}, @start, @end, '', ${SNIPPET_TOKENS}) AS s${i}`).join(', ');
  const rows = prepared(db, `SELECT rowid AS id, ${list} FROM ${fts} WHERE ${fts} MATCH @match AND +rowid IN (SELECT value FROM json_each(@ids))`).all({
    start: MATCH_START,
    end: MATCH_END,
    match,
    ids: JSON.stringify(ids),
  }) as Array<Record<string, string | number | null>>;
  return new Map(rows.map((row) => [Number(row.id), columns.map((_, i) => String(row[`s${i}`] ?? ''))]));
}

/** The first snippet that marks a match, restored into its original text. */
function markedPassage(
  snippets: readonly string[],
  originals: ReadonlyArray<string | null>,
): { text: string; start: number; length: number; column: number } | null {
  for (let column = 0; column < snippets.length; column++) {
    const original = originals[column];
    const snippet = snippets[column]!;
    if (original === null || original === undefined || !snippet.includes(MATCH_START)) continue;
    const restored = restoreSnippet(snippet, original);
    if (restored) {
      const first = restored.snippet.replaceAll(MATCH_END, '').indexOf(MATCH_START);
      const length = restored.snippet.indexOf(MATCH_END) - restored.snippet.indexOf(MATCH_START) - 1;
      return { text: passage(restored, original), start: restored.start + first, length, column };
    }
    return { text: oneLine(snippet), start: 0, length: 0, column };
  }
  return null;
}

function rowsById<Row extends { id: number }>(db: Db, sql: string, ids: readonly number[]): Map<number, Row> {
  const rows = prepared(db, sql).all(JSON.stringify([...new Set(ids)])) as Row[];
  return new Map(rows.map((row) => [row.id, row]));
}

/** The page's hits with their article, snippet and where to scroll to. */
function describe(db: Db, page: readonly Ranked[], match: string): SearchHit[] {
  const idsOf = (kind: SearchKind) => page.filter((hit) => hit.kind === kind).map((hit) => hit.id);
  const highlights = rowsById<{ id: number; article_id: number; exact: string; note: string; color: HighlightColor; start_offset: number; end_offset: number }>(
    db,
    'SELECT id, article_id, exact, note, color, start_offset, end_offset FROM highlights WHERE id IN (SELECT value FROM json_each(?))',
    idsOf('highlight'),
  );
  const notes = rowsById<{ id: number; article_id: number; body: string }>(
    db,
    'SELECT id, article_id, body FROM notes WHERE id IN (SELECT value FROM json_each(?))',
    idsOf('note'),
  );
  const articleIds = [...idsOf('article'), ...[...highlights.values()].map((h) => h.article_id), ...[...notes.values()].map((n) => n.article_id)];
  const articles = rowsById<ArticleDetails>(
    db,
    'SELECT id, title, byline, site_name, text, published_at, saved_at FROM articles WHERE id IN (SELECT value FROM json_each(?))',
    articleIds,
  );
  // Text first: a match in the text is where the reader scrolls to.
  const articleSnippets = snippetsOf(db, 'articles_fts', [3, 0, 1, 2], match, idsOf('article'));
  const highlightSnippets = snippetsOf(db, 'highlights_fts', [0, 1], match, idsOf('highlight'));
  const noteSnippets = snippetsOf(db, 'notes_fts', [0], match, idsOf('note'));

  return page.map((hit): SearchHit => {
    const about = (article: ArticleDetails) => ({
      articleId: article.id,
      title: article.title,
      siteName: article.site_name,
      publishedAt: article.published_at,
      savedAt: article.saved_at,
      score: Number((-hit.rank).toPrecision(4)),
    });
    if (hit.kind === 'article') {
      const article = articles.get(hit.id)!;
      const found = markedPassage(articleSnippets.get(hit.id) ?? [], [article.text, article.title, article.byline, article.site_name]);
      const inText = found?.column === 0;
      return { kind: 'article', highlightId: null, noteId: null, color: null, snippet: found?.text ?? '', offset: inText ? found.start : null, length: inText ? found.length : 0, ...about(article) };
    }
    if (hit.kind === 'highlight') {
      const highlight = highlights.get(hit.id)!;
      const found = markedPassage(highlightSnippets.get(hit.id) ?? [], [highlight.exact, highlight.note]);
      return {
        kind: 'highlight',
        highlightId: hit.id,
        noteId: null,
        color: highlight.color,
        snippet: found?.text ?? oneLine(highlight.exact),
        offset: highlight.start_offset,
        length: highlight.end_offset - highlight.start_offset,
        ...about(articles.get(highlight.article_id)!),
      };
    }
    const note = notes.get(hit.id)!;
    const found = markedPassage(noteSnippets.get(hit.id) ?? [], [note.body]);
    return { kind: 'note', highlightId: null, noteId: hit.id, color: null, snippet: found?.text ?? oneLine(note.body), offset: null, length: 0, ...about(articles.get(note.article_id)!) };
  });
}

/** The most recently saved articles that pass the filters: what an empty search shows. */
function recentArticles(db: Db, request: SearchRequest): SearchResult {
  const { filters } = request;
  if (filters.kinds !== undefined && !filters.kinds.includes('article')) return { hits: [], recent: true, more: false };
  const params: Record<string, unknown> = { limit: request.limit + 1, offset: request.offset };
  const where = articleConditions(filters, params);
  if (filters.hasNotes) where.push(articleHasNotes('a.id'));
  if (filters.tagId !== undefined) {
    where.push('EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id AND t.tag_id = @tagId)');
    params.tagId = filters.tagId;
  }
  if (filters.color !== undefined) {
    where.push('EXISTS (SELECT 1 FROM highlights h WHERE h.article_id = a.id AND h.color = @color)');
    params.color = filters.color;
  }
  const rows = prepared(
    db,
    `SELECT a.id, a.title, a.site_name, a.excerpt, a.published_at, a.saved_at FROM articles a
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY a.saved_at DESC, a.id DESC LIMIT @limit OFFSET @offset`,
  ).all(params) as Array<{ id: number; title: string; site_name: string | null; excerpt: string | null; published_at: string | null; saved_at: string }>;
  return {
    recent: true,
    more: rows.length > request.limit,
    hits: rows.slice(0, request.limit).map((row) => ({
      kind: 'article',
      articleId: row.id,
      highlightId: null,
      noteId: null,
      title: row.title,
      snippet: row.excerpt ?? '',
      siteName: row.site_name,
      publishedAt: row.published_at,
      savedAt: row.saved_at,
      color: null,
      score: 0,
      offset: null,
      length: 0,
    })),
  };
}

/**
 * Searches the library. The query is read by shared/search/query.ts (never
 * an error); one with nothing to look for lists the most recent articles.
 */
export function search(db: Db, request: SearchRequest): SearchResult {
  const match = toMatchExpression(request.query);
  if (match === null) return recentArticles(db, request);
  const want = request.offset + request.limit;
  const kinds = request.filters.kinds ?? (['article', 'highlight', 'note'] as const);
  const allowed = allowedArticles(db, request.filters);
  let more = false;
  const ranked: Ranked[] = [];
  for (const kind of new Set(kinds)) {
    const found = rankKind(db, kind, match, request.filters, allowed, want);
    ranked.push(...found.ranked);
    more ||= found.more;
  }
  ranked.sort((a, b) => a.rank - b.rank || a.id - b.id);
  more ||= ranked.length > want;
  return { hits: describe(db, ranked.slice(request.offset, want), match), recent: false, more };
}

/** The sites and tags of the library, for the search filters. */
export function searchFacets(db: Db): SearchFacets {
  return {
    sites: prepared(db, "SELECT DISTINCT site_name FROM articles WHERE site_name IS NOT NULL AND site_name <> '' ORDER BY site_name COLLATE NOCASE").pluck().all() as string[],
    tags: prepared(db, 'SELECT id, name FROM tags ORDER BY name COLLATE NOCASE').all() as Array<{ id: number; name: string }>,
  };
}
