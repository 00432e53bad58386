/**
 * Import, one item at a time: read or fetch, decode, extract (in the worker),
 * cache images, then store the article, its assets and its place in a
 * briefing in one transaction. Nothing is stored unless every step succeeded.
 */
import { createHash } from 'node:crypto';
import { neutralizeArticleNames } from '../../shared/bidi.ts';
import { describeItem, MAX_IMPORT_BYTES, sourceKindOfFileName, type ImportItem, type ImportOutcome } from '../../shared/import.ts';
import { BriefingError } from '../../shared/result.ts';
import { canonicalUrl, checkImportUrl } from '../../shared/urls.ts';
import { findDuplicate, insertArticle, insertAssets } from '../library/articles.ts';
import { storeTextCopy } from '../library/article-sources.ts';
import { addToBriefing } from '../library/briefings.ts';
import { storeExtraction } from '../library/entities.ts';
import type { Library } from '../library/library.ts';
import { decodeText } from './decode.ts';
import type { DocumentInput } from './document.ts';
import type { Extractor } from './extractor.ts';
import { fetchPage, type FetchLimits } from './fetch.ts';
import { cacheImages } from './images.ts';

export interface ImportContext {
  library: Library;
  extractor: Extractor;
  /** Network settings; tests shorten the time limit and the app keeps the defaults. */
  fetchLimits?: Pick<FetchLimits, 'fetchImpl' | 'timeoutMs'>;
  now?: () => string;
}

export interface ImportOptions {
  briefingId?: number | undefined;
  signal?: AbortSignal;
}

const emptyOutcome = (input: string): ImportOutcome => ({
  input,
  status: 'error',
  id: null,
  title: null,
  byline: null,
  site: null,
  words: null,
  error: null,
  imagesNotSaved: 0,
});

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new BriefingError('INVALID_ARGUMENTS', 'Import was cancelled.');
}

/** The document to extract, from whichever kind of source the item is. */
export async function readSource(
  item: ImportItem,
  ctx: ImportContext,
  signal: AbortSignal | undefined,
): Promise<{ input: DocumentInput; url: string | null; internalAllowed: boolean }> {
  const label = describeItem(item);
  if (item.kind === 'url') {
    const checked = checkImportUrl(item.url);
    if (!checked.ok) throw new BriefingError('INVALID_ARGUMENTS', checked.reason);
    const page = await fetchPage(checked.url.href, { ...ctx.fetchLimits, ...(signal ? { signal } : {}) });
    const source = decodeText(page.bytes, { contentType: page.contentType, html: page.kind === 'html', label: 'The page' });
    return { input: { kind: page.kind, source, baseUrl: page.url, label }, url: page.url, internalAllowed: page.internalAllowed };
  }
  if (item.kind === 'file') {
    const kind = sourceKindOfFileName(item.name);
    if (typeof kind !== 'string') throw new BriefingError('INVALID_ARGUMENTS', kind.unsupported);
    const bytes = Buffer.from(item.data, 'base64');
    if (bytes.byteLength > MAX_IMPORT_BYTES) throw new BriefingError('INVALID_ARGUMENTS', `${item.name} is larger than 15 MB.`);
    const source = decodeText(bytes, { html: kind === 'html', label: item.name });
    return { input: { kind, source, baseUrl: null, label }, url: null, internalAllowed: false };
  }
  if (item.text.trim() === '') throw new BriefingError('INVALID_ARGUMENTS', 'The pasted text is empty.');
  const pasted = item.html ? { pastedHtml: item.html } : {};
  return { input: { kind: 'text', source: item.text, baseUrl: null, label, ...pasted }, url: null, internalAllowed: false };
}

export async function importItem(ctx: ImportContext, item: ImportItem, options: ImportOptions = {}): Promise<ImportOutcome> {
  const outcome = emptyOutcome(describeItem(item));
  const { library } = ctx;
  const now = ctx.now ?? (() => new Date().toISOString());
  const { signal, briefingId } = options;
  const duplicate = (existing: { id: number; title: string; byline: string | null; siteName: string | null; wordCount: number }) => {
    if (briefingId !== undefined) library.transaction((db) => addToBriefing(db, briefingId, existing.id, now()));
    return {
      ...outcome,
      status: 'duplicate' as const,
      id: existing.id,
      title: existing.title,
      byline: existing.byline,
      site: existing.siteName,
      words: existing.wordCount,
      error: `Already saved as article ${existing.id}.`,
    };
  };
  // The name and date extractors load while the page is fetched and parsed (the first import pays for their lexicons).
  const extractors = import('../../shared/tradecraft/extract.ts');
  extractors.catch(() => undefined);
  try {
    if (item.kind === 'url') {
      const existing = library.transaction((db) => findDuplicate(db, { canonicalUrl: canonicalUrl(item.url) }));
      if (existing) return duplicate(existing);
    }
    const { input, url, internalAllowed } = await readSource(item, ctx, signal);
    throwIfCancelled(signal);
    const capturedAt = now();
    const document = await ctx.extractor.extract(input);
    throwIfCancelled(signal);
    const contentHash = createHash('sha256').update(document.text).digest('hex');
    const canonical = url ? canonicalUrl(url) : null;
    const existing = library.transaction((db) => findDuplicate(db, { canonicalUrl: canonical, contentHash }));
    if (existing) return duplicate(existing);

    const { html, cached, notSaved } = await cacheImages(document.html, document.images, library.files.assetsDir, {
      ...ctx.fetchLimits,
      internalAllowed,
      ...(signal ? { signal } : {}),
    });
    throwIfCancelled(signal);
    // Names and dates: a few milliseconds per article, so here rather than in the worker, whose restarts would each load the lexicons again.
    const { extractArticle } = await extractors;
    const extraction = extractArticle({ text: document.text, lang: document.lang, publishedAt: document.publishedAt, capturedAt });
    const { title, byline, siteName } = neutralizeArticleNames({
      title: document.title,
      byline: document.byline,
      siteName: document.siteName ?? (url ? new URL(url).hostname.replace(/^www\./, '') : null),
    });
    // Checked again inside the write: another import may have saved the same article meanwhile.
    const stored = library.transaction((db) => {
      const again = findDuplicate(db, { canonicalUrl: canonical, contentHash });
      if (again) return { duplicateOf: again };
      const articleId = insertArticle(db, {
        url,
        canonicalUrl: canonical,
        title,
        byline,
        siteName,
        publishedAt: document.publishedAt,
        savedAt: capturedAt,
        lang: document.lang,
        dir: document.dir,
        excerpt: document.excerpt,
        html,
        text: document.text,
        wordCount: document.wordCount,
        contentHash,
      });
      insertAssets(db, articleId, cached);
      // A text copy loses lines to the cleaner: the original stays, so the analyst can review and put them back.
      if (document.cleanedTextCopy) storeTextCopy(db, articleId, { label: input.label, text: input.source });
      storeExtraction(db, articleId, extraction, capturedAt);
      if (briefingId !== undefined) addToBriefing(db, briefingId, articleId, now());
      return { articleId };
    });
    if (stored.duplicateOf) return duplicate(stored.duplicateOf);
    return {
      ...outcome,
      status: 'saved',
      id: stored.articleId,
      title,
      byline,
      site: siteName,
      words: document.wordCount,
      imagesNotSaved: notSaved,
    };
  } catch (error) {
    const cancelled = signal?.aborted === true;
    const message = error instanceof BriefingError ? error.message : `Import failed unexpectedly: ${(error as Error).message}`;
    return { ...outcome, status: cancelled ? 'cancelled' : 'error', error: cancelled ? 'Import was cancelled.' : message };
  }
}
