/**
 * A search worker: its own read-only connection to the library, ranking or
 * describing one kind of hit at a time for the search pool (search-pool.ts).
 * Read-only, so a damaged or swapped file is never written from here.
 */
import Database from 'better-sqlite3';
import { parentPort } from 'node:worker_threads';
import { BriefingError } from '../../shared/result.ts';
import type { SearchKind, SearchRequest } from '../../shared/search/model.ts';
import type { Db } from './open.ts';
import { describe, rankKindFor, type Ranked } from './search.ts';

/** Which library file to read, and which opening of it (a restore puts another file at the same path). */
export interface SearchSource {
  file: string;
  generation: number;
}

export type SearchWorkerRequest =
  | { id: number; op: 'rank'; source: SearchSource; kind: SearchKind; match: string; request: SearchRequest }
  | { id: number; op: 'describe'; source: SearchSource; page: Ranked[]; match: string }
  | { id: number; op: 'release' };

export type SearchWorkerResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; code: string | null; message: string };

let open: { source: SearchSource; db: Db } | null = null;

function connection(source: SearchSource): Db {
  if (open && open.source.file === source.file && open.source.generation === source.generation) return open.db;
  release();
  const db = new Database(source.file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  open = { source, db };
  return db;
}

function release(): void {
  open?.db.close();
  open = null;
}

function answer(request: SearchWorkerRequest): unknown {
  switch (request.op) {
    case 'rank': {
      const db = connection(request.source);
      return db.transaction(() => rankKindFor(db, request.kind, request.match, request.request))();
    }
    case 'describe': {
      const db = connection(request.source);
      return db.transaction(() => describe(db, request.page, request.match))();
    }
    case 'release':
      return release();
  }
}

parentPort?.on('message', (request: SearchWorkerRequest) => {
  let response: SearchWorkerResponse;
  try {
    response = { id: request.id, ok: true, value: answer(request) };
  } catch (error) {
    const code = error instanceof BriefingError ? error.code : null;
    response = { id: request.id, ok: false, code, message: (error as Error).message ?? String(error) };
  }
  parentPort!.postMessage(response);
});
