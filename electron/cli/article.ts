/**
 * `briefing article <id> [--title T] [--byline B] [--site S] [--published YYYY-MM-DD] [--url URL]`:
 * shows an article's details, or corrects them (an empty value clears all but
 * the title). The same checks as the reader's form; names and dates are read again.
 */
import { readArticleDetails, type ArticleDetailsInput } from '../../shared/articles.ts';
import type { Article } from '../../shared/model.ts';
import { BriefingError } from '../../shared/result.ts';
import { updateArticleDetails } from '../library/article-details.ts';
import { getArticle } from '../library/articles.ts';
import { libraryFiles } from '../library/open.ts';
import { articleId, withExistingLibrary, type CommandOutput } from './commands.ts';

export interface ArticleOptions {
  title?: string | undefined;
  byline?: string | undefined;
  site?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
}

const FLAGS: Record<keyof ArticleDetailsInput, string> = { title: '--title', byline: '--byline', siteName: '--site', publishedAt: '--published', url: '--url' };

function describe(article: Article, changed: readonly string[]): string {
  return [
    ...(changed.length > 0 ? [`set ${changed.join(', ')} of article ${article.id}`] : []),
    `#${article.id}  ${article.title}`,
    `  Byline: ${article.byline ?? '(none)'}`,
    `  Site: ${article.siteName ?? '(none)'}`,
    `  Published: ${article.publishedAt ?? '(none)'}`,
    `  Address: ${article.url ?? '(none)'}`,
    '',
  ].join('\n');
}

export async function runArticle(dir: string, idText: string | undefined, options: ArticleOptions): Promise<CommandOutput> {
  const id = articleId(idText);
  const asked: ArticleDetailsInput = Object.fromEntries(
    Object.entries({ title: options.title, byline: options.byline, siteName: options.site, publishedAt: options.published, url: options.url }).filter(
      ([, value]) => value !== undefined,
    ),
  );
  const checked = readArticleDetails(asked);
  if (!checked.ok) throw new BriefingError('INVALID_ARGUMENTS', `${FLAGS[checked.field]}: ${checked.reason}`);
  const changed = Object.keys(checked.changes).map((field) => FLAGS[field as keyof ArticleDetailsInput].slice(2));
  // Loaded only when something changes: reading an article's details needs no extractor.
  const extract = changed.length > 0 ? (await import('../../shared/tradecraft/extract.ts')).extractArticle : null;
  const article = withExistingLibrary(
    dir,
    () => {
      throw new BriefingError('NOT_FOUND', `There is no library in ${libraryFiles(dir).dir}.`);
    },
    (library) =>
      library.transaction((db) => (extract ? updateArticleDetails(db, id, checked.changes, new Date().toISOString(), extract) : getArticle(db, id))),
    extract !== null,
  );
  const { html: _html, text: _text, ...details } = article;
  return { json: details, text: describe(article, changed), exitCode: 0 };
}
