/**
 * Provenance: fetch a saved article's address again, through the same fetch
 * and extraction as an import, and compare the fresh text with the saved one.
 * The fresh copy waits in memory until the analyst keeps the saved version
 * or replaces it; replacing keeps the old capture in `article_captures`.
 */
import { createHash, randomUUID } from 'node:crypto';
import { anchor } from '../../shared/anchoring/anchor.ts';
import { BriefingError } from '../../shared/result.ts';
import { compareTexts } from '../../shared/tradecraft/changes.ts';
import type { RefetchPreview } from '../../shared/tradecraft/model.ts';
import { getArticle } from '../library/articles.ts';
import { replaceArticleText, type FreshCopy } from '../library/captures.ts';
import { listHighlights } from '../library/highlights.ts';
import { cacheImages } from './images.ts';
import { readSource, type ImportContext } from './pipeline.ts';

/** Fresh copies kept waiting for the analyst's choice; the oldest is dropped past this. */
const MAX_PENDING = 8;

export interface Refetcher {
  /** Fetches the article's address again and compares; the copy waits under the preview's token. */
  preview(articleId: number): Promise<RefetchPreview>;
  /** Replaces the saved text with the fresh copy the token names. */
  replace(articleId: number, token: string): { articleId: number };
  /** Forgets the fresh copy: the saved version stays. */
  discard(token: string): { discarded: boolean };
}

export function createRefetcher(ctx: ImportContext): Refetcher {
  const { library } = ctx;
  const now = ctx.now ?? (() => new Date().toISOString());
  const pending = new Map<string, { articleId: number; fresh: FreshCopy }>();

  return {
    async preview(articleId) {
      const saved = library.transaction((db) => getArticle(db, articleId));
      if (!saved.url) throw new BriefingError('INVALID_ARGUMENTS', `“${saved.title}” was not saved from a web address, so there is nothing to fetch again.`);
      const fetchedAt = now();
      const { input, url, internalAllowed } = await readSource({ kind: 'url', url: saved.url }, ctx, undefined);
      const document = await ctx.extractor.extract(input);
      const { html, cached } = await cacheImages(document.html, document.images, library.files.assetsDir, { ...ctx.fetchLimits, internalAllowed });
      const { extractArticle } = await import('../../shared/tradecraft/extract.ts');
      const contentHash = createHash('sha256').update(document.text).digest('hex');
      const highlights = library.transaction((db) => listHighlights(db, articleId));
      const comparison = compareTexts(saved.text, document.text);
      const token = randomUUID();
      pending.set(token, {
        articleId,
        fresh: { html, text: document.text, wordCount: document.wordCount, contentHash, capturedAt: fetchedAt, assets: cached, extraction: extractArticle({ text: document.text, lang: document.lang, publishedAt: document.publishedAt, capturedAt: fetchedAt }) },
      });
      while (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value!);
      return {
        articleId,
        token,
        url: url ?? saved.url,
        savedAt: saved.savedAt,
        fetchedAt,
        unchanged: comparison.unchanged,
        added: comparison.added,
        removed: comparison.removed,
        changes: comparison.changes,
        highlights: highlights.map((highlight) => ({ id: highlight.id, quote: highlight.quote.exact, anchor: anchor(document.text, highlight) })),
      };
    },

    replace(articleId, token) {
      const waiting = pending.get(token);
      if (!waiting || waiting.articleId !== articleId) {
        throw new BriefingError('NOT_FOUND', 'That fresh copy is no longer waiting. Check for changes again.');
      }
      library.transaction((db) => replaceArticleText(db, articleId, waiting.fresh, now()));
      pending.delete(token);
      return { articleId };
    },

    discard(token) {
      return { discarded: pending.delete(token) };
    },
  };
}
