/** The CLI's commands: each returns what to print for people and for scripts. */
import fs from 'node:fs';
import type { ArticleSummary, BriefingSummary } from '../../shared/model.ts';
import { BriefingError } from '../../shared/result.ts';
import { selectorsForQuote } from '../../shared/anchoring/selectors.ts';
import { HIGHLIGHT_COLORS, highlightColorSchema } from '../../shared/highlights.ts';
import { getArticle, listArticles } from '../library/articles.ts';
import { createHighlight, listHighlights } from '../library/highlights.ts';
import { listBriefings } from '../library/briefings.ts';
import { checkLibrary, type Library } from '../library/library.ts';
import { openCliLibrary } from './open-library.ts';
import { humanText } from './terminal.ts';
import { libraryFiles } from '../library/open.ts';
import { search } from '../library/search.ts';
import { searchRequestSchema } from '../../shared/search/model.ts';
import { snippetRanges } from '../../shared/search/snippet.ts';

export interface CommandOutput {
  json: unknown;
  /** For people; control characters are removed from it before printing, unless `styled`. */
  text: string;
  exitCode: number;
  /** The text was cleaned piece by piece (humanText) and carries the command's own terminal styling. */
  styled?: boolean;
}

export function articleId(idText: string | undefined): number {
  const id = Number(idText);
  if (idText === undefined || !Number.isSafeInteger(id) || id <= 0) {
    throw new BriefingError('INVALID_ARGUMENTS', 'Give the id of an article, as `briefing list` shows it: `briefing show 3`.');
  }
  return id;
}

/**
 * Opens an existing library for one command; a folder without one is not
 * created. `verify` (writing commands) refuses a damaged file first.
 */
export function withExistingLibrary<T>(dir: string, ifMissing: () => T, work: (library: Library) => T, verify = false): T {
  if (!fs.existsSync(libraryFiles(dir).databasePath)) return ifMissing();
  const library = openCliLibrary(dir, { verify });
  try {
    return work(library);
  } finally {
    library.close();
  }
}

const ALL = { offset: 0, limit: 500 } as const;

export function runList(dir: string): CommandOutput {
  const { briefings, articles, total } = withExistingLibrary(
    dir,
    () => ({ briefings: [] as BriefingSummary[], articles: [] as ArticleSummary[], total: 0 }),
    (library) =>
      library.transaction((db) => {
        const page = listArticles(db, ALL);
        return { briefings: listBriefings(db), articles: page.items, total: page.total };
      }),
  );
  const lines = [`Library: ${libraryFiles(dir).dir}`, '', `Briefings (${briefings.length})`];
  for (const b of briefings) lines.push(`  ${b.id}  ${b.title}  [TLP:${b.marking}]  ${b.articleCount} articles`);
  lines.push('', `Articles (${total})`);
  for (const a of articles) lines.push(`  ${a.id}  ${a.title}${a.siteName ? ` — ${a.siteName}` : ''}`);
  if (total > articles.length) lines.push(`  … and ${total - articles.length} more`);
  return { json: { library: libraryFiles(dir).dir, briefings, articles, totalArticles: total }, text: `${lines.join('\n')}\n`, exitCode: 0 };
}

export function runShow(dir: string, idText: string | undefined, options: { text: boolean }): CommandOutput {
  const id = articleId(idText);
  const article = withExistingLibrary(
    dir,
    () => {
      throw new BriefingError('NOT_FOUND', `There is no library in ${libraryFiles(dir).dir}.`);
    },
    (library) => library.transaction((db) => ({ ...getArticle(db, id), highlights: listHighlights(db, id) })),
  );
  const paragraphs = article.text.split(/\n{2,}/);
  const text = options.text
    ? [article.title, ...(article.byline ? [article.byline] : []), '', paragraphs.join('\n\n'), ''].join('\n')
    : [
        article.title,
        ...[
          ['By', article.byline],
          ['Site', article.siteName],
          ['Published', article.publishedAt],
          ['Saved', article.savedAt],
          ['URL', article.url],
          ['Words', String(article.wordCount)],
          ['Status', article.readingStatus],
        ]
          .filter(([, value]) => value)
          .map(([label, value]) => `  ${label}: ${value}`),
        '',
      ].join('\n');
  return { json: article, text, exitCode: 0 };
}

/** Exit 3 when the file is damaged (as for any command), 1 for other problems, 0 when sound. */
export function runCheck(dir: string): CommandOutput {
  const result = checkLibrary(dir);
  const text = result.ok
    ? `ok: ${libraryFiles(dir).databasePath} passed the integrity and foreign-key checks.\n`
    : [
        `problems in ${libraryFiles(dir).databasePath}:`,
        ...(result.strayWal ? [`  write-ahead log: ${result.strayWal.message}`] : []),
        ...result.integrityProblems.map((line) => `  integrity: ${line}`),
        ...result.foreignKeyProblems.map((line) => `  foreign key: ${line}`),
        '',
      ].join('\n');
  const exitCode = result.integrityProblems.length > 0 ? 3 : result.ok ? 0 : 1;
  return { json: { library: libraryFiles(dir).dir, ...result }, text, exitCode };
}

/** `briefing highlight <articleId> --quote "…"`: the quote must be in the article, word for word. */
export function runHighlight(
  dir: string,
  idText: string | undefined,
  options: { quote: string | undefined; color: string | undefined; note: string | undefined },
): CommandOutput {
  const id = articleId(idText);
  if (!options.quote?.trim()) throw new BriefingError('INVALID_ARGUMENTS', 'Give the words to highlight with --quote "…".');
  const color = highlightColorSchema.safeParse(options.color ?? 'yellow');
  if (!color.success) {
    throw new BriefingError('INVALID_ARGUMENTS', `There is no colour "${options.color}"; use one of ${HIGHLIGHT_COLORS.join(', ')}.`);
  }
  const quote = options.quote;
  const highlight = withExistingLibrary(
    dir,
    () => {
      throw new BriefingError('NOT_FOUND', `There is no library in ${libraryFiles(dir).dir}.`);
    },
    (library) =>
      library.transaction((db) => {
        const { text } = getArticle(db, id);
        const selectors = selectorsForQuote(text, quote);
        if (!selectors) throw new BriefingError('NOT_FOUND', `The quote is not in article ${id}, word for word: "${quote.slice(0, 80)}".`);
        return createHighlight(
          db,
          { articleId: id, start: selectors.position.start, end: selectors.position.end, color: color.data, note: options.note },
          new Date().toISOString(),
        );
      }),
    true,
  );
  return { json: highlight, text: `highlighted #${highlight.id} in article ${id} (${highlight.color}): "${highlight.quote.exact}"\n`, exitCode: 0 };
}

/**
 * `briefing search QUERY [--limit N]`: the app's search, same syntax. JSON has
 * one object per hit; a snippet's matches are at `matches` ([start, end) in it).
 */
export function runSearch(dir: string, query: string, options: { limit: string | undefined; bold: boolean }): CommandOutput {
  const limit = options.limit === undefined ? 20 : Number(options.limit);
  const request = searchRequestSchema.safeParse({ query, limit });
  if (!request.success) {
    const issue = request.error.issues[0];
    throw new BriefingError(
      'INVALID_ARGUMENTS',
      issue?.path[0] === 'limit' ? `--limit takes a whole number from 1 to 100, not "${options.limit}".` : (issue?.message ?? 'The search is not valid.'),
    );
  }
  const result = withExistingLibrary(
    dir,
    () => ({ hits: [], recent: false, more: false }),
    (library) => library.transaction((db) => search(db, request.data)),
  );
  const hits = result.hits.map((hit) => {
    const { text, matches } = snippetRanges(hit.snippet);
    return { kind: hit.kind, articleId: hit.articleId, highlightId: hit.highlightId, noteId: hit.noteId, title: hit.title, snippet: text, matches, score: hit.score };
  });
  const mark = (snippet: string, matches: ReadonlyArray<[number, number]>) => {
    let out = '';
    let at = 0;
    for (const [start, end] of matches) {
      out += `${humanText(snippet.slice(at, start))}${options.bold ? '\u001b[1m' : '['}${humanText(snippet.slice(start, end))}${options.bold ? '\u001b[22m' : ']'}`;
      at = end;
    }
    return out + humanText(snippet.slice(at));
  };
  const lines = result.recent ? ['Nothing to search for; the most recently saved articles:'] : [];
  for (const hit of hits) {
    lines.push(humanText(`${hit.kind.padEnd(9)} ${hit.articleId}  ${hit.title}`));
    if (hit.snippet) lines.push(`          ${mark(hit.snippet, hit.matches)}`);
  }
  if (hits.length === 0) lines.push(humanText(`No matches for "${query}".`));
  else if (result.more) lines.push(`… more with --limit ${Math.min(100, limit * 2)}`);
  return { json: hits, text: `${lines.join('\n')}\n`, exitCode: 0, styled: true };
}
