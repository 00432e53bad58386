/**
 * The import worker: documents are parsed here, off the main thread, so a
 * heavy page never freezes the app. One message in, one answer out.
 */
import { parentPort } from 'node:worker_threads';
import { BriefingError } from '../../shared/result.ts';
import { sanitizeBundleArticles, type BundleArticleHtml, type SanitizedBundleArticle } from './bundle-articles.ts';
import { extractDocument, type DocumentInput, type ExtractedDocument } from './document.ts';

/** A document to read, or a bundle's articles to sanitize. */
export type WorkerRequest = { id: number; input: DocumentInput } | { id: number; bundleArticles: BundleArticleHtml[] };

export type WorkerResponse =
  | { id: number; ok: true; document: ExtractedDocument }
  | { id: number; ok: true; bundleArticles: SanitizedBundleArticle[] }
  | { id: number; ok: false; code: string; message: string; expected: boolean };

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response =
      'input' in request
        ? { id: request.id, ok: true, document: extractDocument(request.input) }
        : { id: request.id, ok: true, bundleArticles: sanitizeBundleArticles(request.bundleArticles) };
  } catch (error) {
    const expected = error instanceof BriefingError;
    response = {
      id: request.id,
      ok: false,
      code: expected ? error.code : 'INTERNAL',
      message: (error as Error).message ?? String(error),
      expected,
    };
  }
  parentPort?.postMessage(response);
});
