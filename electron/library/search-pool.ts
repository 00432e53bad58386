/**
 * Search on worker threads: each kind of hit (articles, highlights, notes) is
 * ranked and described on its own worker with its own read-only connection,
 * so the kinds run in parallel and the main process stays free while a
 * search runs. The steps are search.ts's; the pool only spreads them out.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { asErrorCode, BriefingError } from '../../shared/result.ts';
import { SEARCH_KINDS, type SearchHit, type SearchRequest, type SearchResult } from '../../shared/search/model.ts';
import type { Library } from './library.ts';
import type { Db } from './open.ts';
import { mergeRankings, recentArticles, searchPlan, type KindRanking, type Ranked } from './search.ts';
import type { SearchSource, SearchWorkerRequest, SearchWorkerResponse } from './search-worker.ts';

export interface SearchPool {
  /** Searches the open library: the same results as search.ts's `search`, the kinds in parallel. */
  search(library: Library, request: SearchRequest): Promise<SearchResult>;
  /** Closes the workers' connections: before the library file is moved, replaced or closed. */
  release(): Promise<void>;
  close(): Promise<void>;
}

export interface SearchPoolOptions {
  /** The worker script, where it is not beside this module (the bundled app). */
  workerUrl?: URL;
  /** Workers to start, at most one per kind; by default as many as the machine has cores for. */
  size?: number;
}

/** The worker script: the TypeScript source when Node runs our sources, the bundled file in the app. */
export const DEFAULT_SEARCH_WORKER_URL = new URL('./search-worker.ts', import.meta.url);

type Call = { [Op in SearchWorkerRequest['op']]: Omit<Extract<SearchWorkerRequest, { op: Op }>, 'id'> }[SearchWorkerRequest['op']];

/** One worker and the calls waiting for its answers. */
class SearchThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  stopped = false;

  constructor(url: URL) {
    this.worker = new Worker(url);
    this.worker.unref(); // an idle worker must not keep the CLI or tests alive
    this.worker.on('message', (response: SearchWorkerResponse) => {
      const call = this.waiting.get(response.id);
      if (!call) return;
      this.waiting.delete(response.id);
      if (response.ok) call.resolve(response.value);
      else call.reject(response.code === null ? new Error(response.message) : new BriefingError(asErrorCode(response.code), response.message));
    });
    const stop = (error: Error) => {
      this.stopped = true;
      for (const call of this.waiting.values()) call.reject(error);
      this.waiting.clear();
    };
    this.worker.on('error', (error: Error) => stop(new Error(`The search worker failed: ${error.message}`)));
    this.worker.on('exit', (code) => stop(new Error(`The search worker stopped (exit code ${code}).`)));
  }

  call<T>(request: Call): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  async terminate(): Promise<void> {
    this.stopped = true;
    await this.worker.terminate();
  }
}

/** Which hit this is, across kinds: the same article can be an article hit and the source of a highlight hit. */
function hitKey(hit: { kind: string; id: number }): string {
  return `${hit.kind}:${hit.id}`;
}

function describedKey(hit: SearchHit): string {
  return hitKey({ kind: hit.kind, id: hit.highlightId ?? hit.noteId ?? hit.articleId });
}

export function createSearchPool(options: SearchPoolOptions = {}): SearchPool {
  const url = options.workerUrl ?? DEFAULT_SEARCH_WORKER_URL;
  const size = Math.max(1, Math.min(SEARCH_KINDS.length, options.size ?? os.availableParallelism()));
  const threads: Array<SearchThread | undefined> = [];
  /** Each opening of a library gets a number: a worker holding an older one reopens the file. */
  const generations = new WeakMap<Db, number>();
  let nextGeneration = 1;
  /** Openings below this number were released: their file is about to be moved or closed, and is not opened again. */
  let retiredBelow = 1;

  const thread = (index: number): SearchThread => {
    const slot = index % size;
    const existing = threads[slot];
    if (existing && !existing.stopped) return existing;
    const started = new SearchThread(url);
    threads[slot] = started;
    return started;
  };

  const sourceOf = (library: Library): SearchSource => {
    const { db } = library; // fails with LIBRARY_UNAVAILABLE while no library is open
    let generation = generations.get(db);
    if (generation === undefined) {
      generation = nextGeneration++;
      generations.set(db, generation);
    }
    return current({ file: library.files.databasePath, generation });
  };

  /** The source, unless its library was released since (a restore or a switch is under way). */
  const current = (source: SearchSource): SearchSource => {
    if (source.generation < retiredBelow) throw new BriefingError('BUSY', 'The library is being restored or switched; search again in a moment.');
    return source;
  };

  return {
    async search(library, request) {
      const plan = searchPlan(request);
      if (plan === null) return library.transaction((db) => recentArticles(db, request));
      const source = sourceOf(library);
      const { match, kinds } = plan;
      const rankings = await Promise.all(kinds.map((kind, i) => thread(i).call<KindRanking>({ op: 'rank', source, kind, match, request })));
      const { page, more } = mergeRankings(request, rankings);
      current(source);
      const described = await Promise.all(
        kinds.map((kind, i) => {
          const ofKind = page.filter((hit) => hit.kind === kind);
          return ofKind.length === 0 ? Promise.resolve([]) : thread(i).call<SearchHit[]>({ op: 'describe', source, page: ofKind, match });
        }),
      );
      const byKey = new Map(described.flat().map((hit) => [describedKey(hit), hit]));
      return { hits: page.flatMap((hit: Ranked) => byKey.get(hitKey(hit)) ?? []), recent: false, more };
    },

    async release() {
      retiredBelow = nextGeneration;
      const live = threads.filter((t): t is SearchThread => t !== undefined && !t.stopped);
      const released = await Promise.allSettled(live.map((t) => t.call({ op: 'release' })));
      // A worker that could not say it let go is stopped: its handles close with it.
      await Promise.all(live.filter((_, i) => released[i]!.status === 'rejected').map((t) => t.terminate()));
    },

    async close() {
      await Promise.all(threads.filter((t) => t !== undefined).map((t) => t.terminate()));
      threads.length = 0;
    },
  };
}
