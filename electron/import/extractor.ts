/**
 * The main-process side of the import worker: one worker, one document at a
 * time, each with a time limit. A document that runs over its limit has its
 * worker stopped; the next document gets a fresh one.
 */
import { Worker } from 'node:worker_threads';
import { asErrorCode, BriefingError } from '../../shared/result.ts';
import type { BundleArticleHtml, SanitizedBundleArticle } from './bundle-articles.ts';
import type { DocumentInput, ExtractedDocument } from './document.ts';
import type { WorkerRequest, WorkerResponse } from './worker.ts';

export const EXTRACT_TIME_LIMIT_MS = 15_000;

export interface Extractor {
  extract(input: DocumentInput): Promise<ExtractedDocument>;
  /** A bundle's article HTML through the reader's policy, under the same time limit (bundle-articles.ts). */
  sanitizeBundleArticles(articles: BundleArticleHtml[], label: string): Promise<SanitizedBundleArticle[]>;
  close(): Promise<void>;
}

/** The worker script: the TypeScript source when Node runs our sources, the bundled file in the app. */
export const DEFAULT_WORKER_URL = new URL('./worker.ts', import.meta.url);

export function createExtractor(options: { workerUrl?: URL; timeLimitMs?: number } = {}): Extractor {
  const workerUrl = options.workerUrl ?? DEFAULT_WORKER_URL;
  const timeLimitMs = options.timeLimitMs ?? EXTRACT_TIME_LIMIT_MS;
  let worker: Worker | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  type Job = { input: DocumentInput } | { bundleArticles: BundleArticleHtml[] };
  type Answer = Extract<WorkerResponse, { ok: true }>;
  const run = (job: Job, label: string, tooLong: string): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const current = worker ?? new Worker(workerUrl);
      current.unref(); // an idle worker must not keep the CLI or tests alive
      worker = current;
      const id = nextId++;
      const stop = (error: Error) => {
        cleanup();
        worker = null;
        void current.terminate();
        reject(error);
      };
      const timer = setTimeout(
        () =>
          stop(
            new BriefingError(
              'INVALID_ARGUMENTS',
              `${label} took longer than ${timeLimitMs / 1000} s and was stopped. ${tooLong}`,
            ),
          ),
        timeLimitMs,
      );
      const onMessage = (response: WorkerResponse) => {
        if (response.id !== id) return;
        cleanup();
        if (response.ok) resolve(response);
        else if (response.expected) reject(new BriefingError(asErrorCode(response.code), response.message));
        else reject(new Error(response.message));
      };
      const onError = (error: Error) => stop(new Error(`The import worker failed: ${error.message}`));
      const cleanup = () => {
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('error', onError);
      };
      current.on('message', onMessage);
      current.on('error', onError);
      current.postMessage({ id, ...job } satisfies WorkerRequest);
    });

  const queued = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    extract(input) {
      return queued(async () => {
        const answer = await run({ input }, `Reading ${input.label}`, 'The page may be too complex.');
        if (!('document' in answer)) throw new Error('The import worker answered with something else than a document.');
        return answer.document;
      });
    },
    sanitizeBundleArticles(articles, label) {
      return queued(async () => {
        const answer = await run(
          { bundleArticles: articles },
          `Checking the articles of ${label}`,
          'Their HTML is too complex for a briefing bundle; nothing was changed.',
        );
        if (!('bundleArticles' in answer)) throw new Error('The import worker answered with something else than bundle articles.');
        return answer.bundleArticles;
      });
    },
    async close() {
      await worker?.terminate();
      worker = null;
    },
  };
}
