/** Earlier captures of an article, kept when a fresh copy replaces the saved text. */
import type { ArticleExtraction } from '../../shared/tradecraft/extract-version.ts';
import { BriefingError } from '../../shared/result.ts';
import { insertAssets, type NewAsset } from './articles.ts';
import { storeExtraction } from './entities.ts';
import type { Db } from './open.ts';

export interface FreshCopy {
  html: string;
  text: string;
  wordCount: number;
  contentHash: string;
  capturedAt: string;
  assets: readonly NewAsset[];
  extraction: ArticleExtraction;
}

/**
 * Puts the fresh copy in place of the saved text in one transaction: the old
 * capture goes to `article_captures`, names and dates are read again.
 * Highlights keep their selectors and are re-anchored when shown.
 */
export function replaceArticleText(db: Db, articleId: number, fresh: FreshCopy, now: string): void {
  const old = db.prepare('SELECT saved_at, content_hash, html, text FROM articles WHERE id = ?').get(articleId) as
    | { saved_at: string; content_hash: string; html: string; text: string }
    | undefined;
  if (!old) throw new BriefingError('NOT_FOUND', `There is no article with id ${articleId} in this library.`);
  const twin = db.prepare('SELECT id, title FROM articles WHERE content_hash = ? AND id <> ?').get(fresh.contentHash, articleId) as
    | { id: number; title: string }
    | undefined;
  if (twin) throw new BriefingError('INVALID_ARGUMENTS', `The fresh copy is the same text as “${twin.title}” (article ${twin.id}), already in the library.`);
  db.prepare(
    'INSERT INTO article_captures (article_id, captured_at, content_hash, html, text, replaced_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(articleId, old.saved_at, old.content_hash, old.html, old.text, now);
  db.prepare('UPDATE articles SET html = ?, text = ?, word_count = ?, content_hash = ?, saved_at = ? WHERE id = ?').run(
    fresh.html,
    fresh.text,
    fresh.wordCount,
    fresh.contentHash,
    fresh.capturedAt,
    articleId,
  );
  insertAssets(db, articleId, fresh.assets);
  storeExtraction(db, articleId, fresh.extraction, now);
}
