/**
 * Correcting an article's title, byline, site, published date and address
 * (shared/articles.ts checks them). Names and dates are read again in the same
 * transaction: relative dates ("on Sunday") are resolved against the published date.
 */
import type { ArticleDetailsChanges } from '../../shared/articles.ts';
import type { Article } from '../../shared/model.ts';
import { BriefingError } from '../../shared/result.ts';
import { canonicalUrl } from '../../shared/urls.ts';
import { getArticle } from './articles.ts';
import { extractStoredArticle, type Extract } from './entities.ts';
import type { Db } from './open.ts';

const COLUMNS: Record<keyof ArticleDetailsChanges, string> = {
  title: 'title',
  byline: 'byline',
  siteName: 'site_name',
  publishedAt: 'published_at',
  url: 'url',
};

/**
 * Stores the changed details (fields left out stay) and reads names and dates
 * again. An address another article is saved under is refused: the two would
 * be one article to the duplicate check.
 */
export function updateArticleDetails(db: Db, id: number, changes: ArticleDetailsChanges, now: string, extract: Extract): Article {
  const exists = db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  if (!exists) throw new BriefingError('NOT_FOUND', `There is no article with id ${id} in this library.`);
  const values: Record<string, string | null> = {};
  for (const [field, column] of Object.entries(COLUMNS) as Array<[keyof ArticleDetailsChanges, string]>) {
    if (changes[field] !== undefined) values[column] = changes[field];
  }
  if (changes.url !== undefined) {
    const canonical = changes.url === null ? null : canonicalUrl(changes.url);
    if (canonical !== null) {
      const twin = db.prepare('SELECT id, title FROM articles WHERE canonical_url = ? AND id <> ?').get(canonical, id) as
        | { id: number; title: string }
        | undefined;
      if (twin) throw new BriefingError('CONFLICT', `“${twin.title}” (article ${twin.id}) is already saved from this address.`);
    }
    values.canonical_url = canonical;
  }
  const columns = Object.keys(values);
  if (columns.length === 0) return getArticle(db, id);
  db.prepare(`UPDATE articles SET ${columns.map((column) => `${column} = @${column}`).join(', ')} WHERE id = @id`).run({ ...values, id });
  extractStoredArticle(db, id, now, extract);
  return getArticle(db, id);
}
