/**
 * "Review the cleaned copy": the original text copy an article was cleaned
 * from, cleaned again to show the cleaner's call on each unit, and the article
 * rebuilt with the analyst's overrides. Replacing the text keeps the old
 * capture, reads names and dates again and leaves highlights to re-anchor.
 */
import { createHash } from 'node:crypto';
import { BriefingError } from '../../shared/result.ts';
import { blocksToArticle, countWords } from '../../shared/text.ts';
import { cleanTextDump } from '../../shared/textdump/clean.ts';
import { fittingOverrides, rebuildStory, type CleanedCopyReview, type CleanedUnit, type ReviewOverrides } from '../../shared/textdump/review.ts';
import { getTextCopy, saveReviewOverrides, type ArticleSource } from '../library/article-sources.ts';
import { getArticle } from '../library/articles.ts';
import { replaceArticleText } from '../library/captures.ts';
import type { Library } from '../library/library.ts';
import type { Db } from '../library/open.ts';

/** The article's text copy; refuses an article that was not cleaned from one. */
function requireTextCopy(db: Db, articleId: number): { title: string; copy: ArticleSource } {
  const { title } = getArticle(db, articleId);
  const copy = getTextCopy(db, articleId);
  if (!copy) throw new BriefingError('INVALID_ARGUMENTS', `“${title}” was not cleaned from a pasted or saved text copy here, so there is no original to review.`);
  return { title, copy };
}

/** The cleaner's call on each unit of the copy, made again from the original (the cleaner reads the same copy the same way). */
function cleanedUnits(copy: ArticleSource): CleanedUnit[] {
  const cleaned = cleanTextDump(copy.text, { fileName: copy.label });
  if (!cleaned.ok) throw new BriefingError('INVALID_ARGUMENTS', `The original copy cannot be cleaned again: ${cleaned.reason}`);
  return cleaned.article.units;
}

/** The review of an article's cleaned copy, or null when the article has no stored original. */
export function getCleanedCopyReview(library: Library, articleId: number): CleanedCopyReview | null {
  const copy = library.transaction((db) => {
    getArticle(db, articleId);
    return getTextCopy(db, articleId);
  });
  if (!copy) return null;
  const units = cleanedUnits(copy);
  return { articleId, label: copy.label, units, overrides: fittingOverrides(units, copy.overrides) };
}

/**
 * Rebuilds the article from its original copy with the analyst's overrides and
 * puts it in place of the saved text (unless it comes out the same); the
 * overrides are kept for the next review. Refuses, changing nothing, overrides
 * that do not fit the copy or leave no story.
 */
export async function applyCleanedCopyReview(library: Library, articleId: number, overrides: ReviewOverrides, now: string): Promise<{ articleId: number; textChanged: boolean }> {
  const { copy, saved } = library.transaction((db) => ({ copy: requireTextCopy(db, articleId).copy, saved: getArticle(db, articleId) }));
  const story = rebuildStory(cleanedUnits(copy), overrides);
  if (!story.ok) throw new BriefingError('INVALID_ARGUMENTS', story.reason);
  const { html, text } = blocksToArticle(story.blocks);
  if (text === saved.text) {
    library.transaction((db) => saveReviewOverrides(db, articleId, overrides));
    return { articleId, textChanged: false };
  }
  // Names and dates are read as on import, outside the write (their lexicons load once).
  const { extractArticle } = await import('../../shared/tradecraft/extract.ts');
  const extraction = extractArticle({ text, lang: saved.lang, publishedAt: saved.publishedAt, capturedAt: now });
  const contentHash = createHash('sha256').update(text).digest('hex');
  library.transaction((db) => {
    if (getArticle(db, articleId).contentHash !== saved.contentHash) throw new BriefingError('CONFLICT', 'The article changed while the review was applied. Open the review again.');
    replaceArticleText(db, articleId, { html, text, wordCount: countWords(text), contentHash, capturedAt: now, assets: [], extraction }, now);
    saveReviewOverrides(db, articleId, overrides);
  });
  return { articleId, textChanged: true };
}
