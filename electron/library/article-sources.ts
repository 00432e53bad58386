/**
 * The original text copy an article was cleaned from (table `article_sources`),
 * kept so that nothing the analyst pasted is lost, with the analyst's review
 * of the cleaner's calls on it.
 */
import type { ReviewOverrides } from '../../shared/textdump/review.ts';
import type { Db } from './open.ts';

export interface ArticleSource {
  /** The name the copy came under ("Pasted text", "harbour-strike.txt"), which the cleaner reads for the headline and site. */
  label: string;
  text: string;
  overrides: ReviewOverrides;
}

/** Keeps the text copy an article was just cleaned from. */
export function storeTextCopy(db: Db, articleId: number, copy: { label: string; text: string }): void {
  db.prepare("INSERT INTO article_sources (article_id, kind, label, text) VALUES (?, 'text-copy', ?, ?)").run(articleId, copy.label, copy.text);
}

/** The text copy the article was cleaned from, or null for an article saved otherwise (or before copies were kept). */
export function getTextCopy(db: Db, articleId: number): ArticleSource | null {
  const row = db.prepare("SELECT label, text, overrides FROM article_sources WHERE article_id = ? AND kind = 'text-copy'").get(articleId) as
    | { label: string; text: string; overrides: string }
    | undefined;
  return row ? { label: row.label, text: row.text, overrides: JSON.parse(row.overrides) as ReviewOverrides } : null;
}

/** Records the analyst's review of the copy, so that the review opens again as it was left. */
export function saveReviewOverrides(db: Db, articleId: number, overrides: ReviewOverrides): void {
  db.prepare('UPDATE article_sources SET overrides = ? WHERE article_id = ?').run(JSON.stringify(overrides), articleId);
}
