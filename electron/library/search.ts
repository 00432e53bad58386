/**
 * Search across articles (title, byline, site, text), highlights (quote and
 * note) and notes, ranked by bm25 with the weights the search tables carry
 * (migration 4: title above byline and site, above text).
 *
 * Each kind is ranked on its own FTS table (see rankKind: filters first, so
 * bm25 is computed only for matches that pass; SQLite's sorter keeps the best
 * page). Snippets are cut for the page of hits only, one statement a kind.
 *
 * The kinds are independent until their ranked ids are merged, so the app
 * ranks and describes them in parallel on worker threads (search-pool.ts);
 * {@link search} runs the same steps one after another (CLI, tests).
 */
import { foldForIndex } from '../../shared/search/fold.ts';
import { markdownAsRead, notePassageAsRead } from '../../shared/search/note-text.ts';
import { SEARCH_KINDS, type SearchFacets, type SearchFilters, type SearchHit, type SearchKind, type SearchRequest, type SearchResult } from '../../shared/search/model.ts';
import { toMatchExpression } from '../../shared/search/query.ts';
import { MATCH_END, MATCH_START } from '../../shared/search/snippet.ts';
import type { HighlightColor } from '../../shared/highlights.ts';
import type { ArticleFilters } from '../../shared/organize.ts';
import type { Statement } from 'better-sqlite3';
import { articleFilterSql } from './articles.ts';
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

/** One hit before it is described: its kind, row id and bm25 rank (lower is better). */
export interface Ranked {
  kind: SearchKind;
  id: number;
  rank: number;
}

/** The best hits of one kind, and whether it has more than were asked for. */
export interface KindRanking {
  ranked: Ranked[];
  more: boolean;
}

const FTS: Record<SearchKind, string> = { article: 'articles_fts', highlight: 'highlights_fts', note: 'notes_fts' };

/**
 * Each table's bm25 with the column weights migration 4 set as its rank.
 * Spelled out rather than `ORDER BY rank`: FTS5 sorts every match for its
 * rank column, while SQLite's sorter keeps only the LIMIT best (about a
 * third faster when a word is in every article).
 */
const BM25: Record<SearchKind, string> = {
  article: 'bm25(articles_fts, 10.0, 4.0, 4.0, 1.0)',
  highlight: 'bm25(highlights_fts, 2.0, 1.0)',
  note: 'bm25(notes_fts)',
};

/**
 * The search filters that are about the article itself, in the article list's
 * terms: the list's own SQL (articles.ts) then applies them, alias `a`.
 */
function asArticleFilters(filters: SearchFilters): ArticleFilters {
  const { briefingId, site, savedFrom, savedTo, publishedFrom, publishedTo } = filters;
  const defined = Object.entries({ briefingId, site, savedFrom, savedTo, publishedFrom, publishedTo }).filter(([, value]) => value !== undefined);
  return { ...Object.fromEntries(defined), ...(filters.unread ? { status: 'unread' as const } : {}) };
}

/** The filters an article hit itself must pass besides its own columns: its tag, its notes. */
function articleHitFilters(filters: SearchFilters): ArticleFilters {
  return { ...(filters.hasNotes ? { hasNotes: true } : {}), ...(filters.tagId !== undefined ? { tagId: filters.tagId } : {}) };
}

/** Conditions on the article's own columns (alias `a`) and its briefings; their parameters go into `params`. */
function articleConditions(filters: SearchFilters, params: Record<string, unknown>): string[] {
  const sql = articleFilterSql(asArticleFilters(filters));
  Object.assign(params, sql.params);
  return sql.where;
}

/** What the filters ask of one kind's rows, in parts the ranking can apply in either order. */
interface KindScope {
  /** The row's id column and the table it is in, e.g. `h.id` and `highlights h`. */
  id: string;
  from: string;
  /** The column holding the row's article. */
  article: string;
  /** Conditions on the row itself and its tags. */
  own: string[];
  /** Conditions on its article's own columns (alias `a`). */
  onArticle: string[];
}

/** The filters as one kind's {@link KindScope}; null when they rule the kind out. */
function kindScope(kind: SearchKind, filters: SearchFilters, params: Record<string, unknown>): KindScope | null {
  const onArticle = articleConditions(filters, params);
  const own: string[] = [];
  if (filters.tagId !== undefined) params.tagId = filters.tagId;
  const articleTagged = (column: string) => `EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = ${column} AND t.tag_id = @tagId)`;
  if (kind === 'article') {
    if (filters.color !== undefined) return null;
    const sql = articleFilterSql(articleHitFilters(filters));
    Object.assign(params, sql.params);
    return { id: 'a.id', from: 'articles a', article: 'a.id', own: sql.where, onArticle };
  }
  if (kind === 'highlight') {
    if (filters.color !== undefined) {
      own.push('h.color = @color');
      params.color = filters.color;
    }
    if (filters.hasNotes) own.push("h.note <> ''");
    if (filters.tagId !== undefined) {
      own.push(`(EXISTS (SELECT 1 FROM highlight_tags ht WHERE ht.highlight_id = h.id AND ht.tag_id = @tagId) OR ${articleTagged('h.article_id')})`);
    }
    return { id: 'h.id', from: 'highlights h', article: 'h.article_id', own, onArticle };
  }
  if (filters.color !== undefined) return null;
  if (filters.tagId !== undefined) own.push(articleTagged('n.article_id'));
  return { id: 'n.id', from: 'notes n', article: 'n.article_id', own, onArticle };
}

/** The article conditions on a row: directly on an article, as a list of ids SQLite reads by index on the others. */
function articleIn(scope: KindScope): string[] {
  if (scope.article === 'a.id') return scope.onArticle;
  return [`${scope.article} IN (SELECT a.id FROM articles a WHERE ${scope.onArticle.join(' AND ')})`];
}

/** With more than this share of the articles passing, a highlight or note is checked after ranking. */
const BROAD_ARTICLE_SHARE = 1 / 8;
/** Checking after ranking, rank this many times the wanted number first. */
const FILTER_HEADROOM = 4;

/** Whether the article conditions let through a large share of the library (unread, a long date range). */
function broadArticleFilter(db: Db, scope: KindScope, params: Record<string, unknown>): boolean {
  const passing = prepared(db, `SELECT count(*) FROM articles a WHERE ${scope.onArticle.join(' AND ')}`).pluck().get(params) as number;
  const all = prepared(db, 'SELECT count(*) FROM articles').pluck().get() as number;
  return passing > all * BROAD_ARTICLE_SHARE;
}

/**
 * The best `want` hits of one kind that pass the filters, best first, and
 * whether there are more. Ranking is what costs, so the filters go first, as
 * `+rowid IN (…)` over a subquery SQLite runs once: each match outside it is
 * skipped before it is scored, and the sorter keeps only the best. (The `+`
 * keeps the list out of FTS5's plan, which would otherwise run the query once
 * per listed id.) One exception: a broad filter on the article (unread) would
 * list most highlights or notes, which costs more than ranking a few times the
 * page and checking their articles; that is tried first.
 */
function rankKind(db: Db, kind: SearchKind, match: string, filters: SearchFilters, want: number): KindRanking {
  const params: Record<string, unknown> = { match };
  const scope = kindScope(kind, filters, params);
  if (scope === null) return { ranked: [], more: false };
  // Notes on a briefing rather than an article have no article to open; there are few of them.
  const always = kind === 'note' ? ' AND +rowid NOT IN (SELECT id FROM notes WHERE article_id IS NULL)' : '';
  const rank = (conditions: readonly string[], limit: number) => {
    const within = conditions.length === 0 ? '' : ` AND +rowid IN (SELECT ${scope.id} FROM ${scope.from} WHERE ${conditions.join(' AND ')})`;
    return prepared(db, `SELECT rowid AS id, ${BM25[kind]} AS rank FROM ${FTS[kind]} WHERE ${FTS[kind]} MATCH @match${within}${always} ORDER BY rank, rowid LIMIT @limit`).all({
      ...params,
      limit,
    }) as Array<{ id: number; rank: number }>;
  };
  const result = (rows: ReadonlyArray<{ id: number; rank: number }>): KindRanking => ({
    ranked: rows.slice(0, want).map((row) => ({ kind, id: row.id, rank: row.rank })),
    more: rows.length > want,
  });
  if (scope.onArticle.length === 0) return result(rank(scope.own, want + 1));
  if (kind !== 'article' && broadArticleFilter(db, scope, params)) {
    const limit = (want + 1) * FILTER_HEADROOM;
    const rows = rank(scope.own, limit);
    const check = `SELECT ${scope.id} FROM ${scope.from} WHERE ${scope.id} IN (SELECT value FROM json_each(@ids))
       AND EXISTS (SELECT 1 FROM articles a WHERE a.id = ${scope.article} AND ${scope.onArticle.join(' AND ')})`;
    const passing = new Set(prepared(db, check).pluck().all({ ...params, ids: JSON.stringify(rows.map((row) => row.id)) }) as number[]);
    const kept = rows.filter((row) => passing.has(row.id));
    if (kept.length > want || rows.length < limit) return result(kept);
  }
  return result(rank([...scope.own, ...articleIn(scope)], want + 1));
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
  /** Only for article hits, whose snippet is restored from it; a highlight or note hit needs only the rest. */
  text: string | null;
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

/**
 * The first snippet that marks a match, restored into its original text;
 * a snippet of a Markdown column (a note) reads as the note does.
 */
function markedPassage(
  snippets: readonly string[],
  originals: ReadonlyArray<string | null>,
  markdownColumns: readonly number[] = [],
): { text: string; start: number; length: number; column: number } | null {
  for (let column = 0; column < snippets.length; column++) {
    const original = originals[column];
    const snippet = snippets[column]!;
    if (original === null || original === undefined || !snippet.includes(MATCH_START)) continue;
    const restored = restoreSnippet(snippet, original);
    if (restored) {
      const first = restored.snippet.replaceAll(MATCH_END, '').indexOf(MATCH_START);
      const length = restored.snippet.indexOf(MATCH_END) - restored.snippet.indexOf(MATCH_START) - 1;
      const text = markdownColumns.includes(column) ? oneLine(notePassageAsRead(original, restored)) : passage(restored, original);
      return { text, start: restored.start + first, length, column };
    }
    return { text: oneLine(snippet), start: 0, length: 0, column };
  }
  return null;
}

/** Rows of `sql` keyed by id, for the id lists it reads as named parameters (`@ids`, …). */
function rowsById<Row extends { id: number }>(db: Db, sql: string, lists: Record<string, readonly number[]>): Map<number, Row> {
  const rows = prepared(db, sql).all(Object.fromEntries(Object.entries(lists).map(([name, ids]) => [name, JSON.stringify([...new Set(ids)])]))) as Row[];
  return new Map(rows.map((row) => [row.id, row]));
}

/** The page's hits with their article, snippet and where to scroll to, in the page's order. */
export function describe(db: Db, page: readonly Ranked[], match: string): SearchHit[] {
  const idsOf = (kind: SearchKind) => page.filter((hit) => hit.kind === kind).map((hit) => hit.id);
  const highlights = rowsById<{ id: number; article_id: number; exact: string; note: string; color: HighlightColor; start_offset: number; end_offset: number }>(
    db,
    'SELECT id, article_id, exact, note, color, start_offset, end_offset FROM highlights WHERE id IN (SELECT value FROM json_each(@ids))',
    { ids: idsOf('highlight') },
  );
  const notes = rowsById<{ id: number; article_id: number; body: string }>(
    db,
    'SELECT id, article_id, body FROM notes WHERE id IN (SELECT value FROM json_each(@ids))',
    { ids: idsOf('note') },
  );
  const articleIds = [...idsOf('article'), ...[...highlights.values()].map((h) => h.article_id), ...[...notes.values()].map((n) => n.article_id)];
  const articles = rowsById<ArticleDetails>(
    db,
    `SELECT id, title, byline, site_name, CASE WHEN id IN (SELECT value FROM json_each(@hits)) THEN text END AS text, published_at, saved_at
       FROM articles WHERE id IN (SELECT value FROM json_each(@ids))`,
    { ids: articleIds, hits: idsOf('article') },
  );
  // Text first: a match in the text is where the reader scrolls to.
  const articleSnippets = snippetsOf(db, 'articles_fts', [3, 0, 1, 2], match, idsOf('article'));
  const highlightSnippets = snippetsOf(db, 'highlights_fts', [0, 1], match, idsOf('highlight'));
  const noteSnippets = snippetsOf(db, 'notes_fts', [0], match, idsOf('note'));

  // A row deleted since it was ranked (the app ranks on other connections) is left out, not described.
  return page.flatMap((hit): SearchHit[] => {
    const about = (article: ArticleDetails) => ({
      articleId: article.id,
      title: article.title,
      siteName: article.site_name,
      publishedAt: article.published_at,
      savedAt: article.saved_at,
      score: Number((-hit.rank).toPrecision(4)),
    });
    if (hit.kind === 'article') {
      const article = articles.get(hit.id);
      if (!article) return [];
      const found = markedPassage(articleSnippets.get(hit.id) ?? [], [article.text, article.title, article.byline, article.site_name]);
      const inText = found?.column === 0;
      return [{ kind: 'article', highlightId: null, noteId: null, color: null, snippet: found?.text ?? '', offset: inText ? found.start : null, length: inText ? found.length : 0, ...about(article) }];
    }
    if (hit.kind === 'highlight') {
      const highlight = highlights.get(hit.id);
      const article = highlight && articles.get(highlight.article_id);
      if (!highlight || !article) return [];
      const found = markedPassage(highlightSnippets.get(hit.id) ?? [], [highlight.exact, highlight.note], [1]);
      return [
        {
          kind: 'highlight',
          highlightId: hit.id,
          noteId: null,
          color: highlight.color,
          snippet: found?.text ?? oneLine(highlight.exact),
          offset: highlight.start_offset,
          length: highlight.end_offset - highlight.start_offset,
          ...about(article),
        },
      ];
    }
    const note = notes.get(hit.id);
    const article = note && articles.get(note.article_id);
    if (!note || !article) return [];
    const found = markedPassage(noteSnippets.get(hit.id) ?? [], [note.body], [0]);
    return [{ kind: 'note', highlightId: null, noteId: hit.id, color: null, snippet: found?.text ?? oneLine(markdownAsRead(note.body)), offset: null, length: 0, ...about(article) }];
  });
}

/** The most recently saved articles that pass the filters: what an empty search shows. */
export function recentArticles(db: Db, request: SearchRequest): SearchResult {
  const { filters } = request;
  if (filters.kinds !== undefined && !filters.kinds.includes('article')) return { hits: [], recent: true, more: false };
  const { where, params } = articleFilterSql({
    ...asArticleFilters(filters),
    ...articleHitFilters(filters),
    ...(filters.color !== undefined ? { highlightColor: filters.color } : {}),
  });
  Object.assign(params, { limit: request.limit + 1, offset: request.offset });
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

/** What a request searches: its FTS5 expression and kinds, or null when it has nothing to look for. */
export function searchPlan(request: SearchRequest): { match: string; kinds: SearchKind[] } | null {
  const match = toMatchExpression(request.query);
  if (match === null) return null;
  return { match, kinds: [...new Set(request.filters.kinds ?? SEARCH_KINDS)] };
}

/** The best hits of one kind for the request: enough for its page, whatever the other kinds hold. */
export function rankKindFor(db: Db, kind: SearchKind, match: string, request: SearchRequest): KindRanking {
  return rankKind(db, kind, match, request.filters, request.offset + request.limit);
}

/** The request's page of hits, best first, from every kind's ranking. */
export function mergeRankings(request: SearchRequest, rankings: readonly KindRanking[]): { page: Ranked[]; more: boolean } {
  const want = request.offset + request.limit;
  const ranked = rankings.flatMap((ranking) => ranking.ranked).sort((a, b) => a.rank - b.rank || a.id - b.id);
  return { page: ranked.slice(request.offset, want), more: ranked.length > want || rankings.some((ranking) => ranking.more) };
}

/**
 * Searches the library, one kind after another. The query is read by
 * shared/search/query.ts (never an error); one with nothing to look for lists
 * the most recent articles.
 */
export function search(db: Db, request: SearchRequest): SearchResult {
  const plan = searchPlan(request);
  if (plan === null) return recentArticles(db, request);
  const rankings = plan.kinds.map((kind) => rankKindFor(db, kind, plan.match, request));
  const { page, more } = mergeRankings(request, rankings);
  return { hits: describe(db, page, plan.match), recent: false, more };
}

/** The sites and tags of the library, for the search filters. */
export function searchFacets(db: Db): SearchFacets {
  return {
    sites: prepared(db, "SELECT DISTINCT site_name FROM articles WHERE site_name IS NOT NULL AND site_name <> '' ORDER BY site_name COLLATE NOCASE").pluck().all() as string[],
    tags: prepared(db, 'SELECT id, name FROM tags ORDER BY name COLLATE NOCASE').all() as Array<{ id: number; name: string }>,
  };
}
