/**
 * A library opened for use: the services over one database, each call in
 * one transaction.
 */
import type { LibraryInfo } from '../../shared/model.ts';
import { countArticles } from './articles.ts';
import { countBriefings } from './briefings.ts';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { libraryFiles, openDatabase, probeSchemaVersion, type Db, type LibraryFiles } from './open.ts';
import { BriefingError } from '../../shared/result.ts';
import { seedSampleBriefing } from './sample.ts';

export interface LibraryCheck {
  ok: boolean;
  /** Lines from `PRAGMA integrity_check` other than "ok". */
  integrityProblems: string[];
  /** Rows from `PRAGMA foreign_key_check`, one line each. */
  foreignKeyProblems: string[];
}

export interface Library {
  readonly files: LibraryFiles;
  readonly db: Db;
  /** True when this open created the library (and, if asked, seeded the sample). */
  readonly created: boolean;
  /** Runs `work` as one transaction; it rolls back if `work` throws. */
  transaction<T>(work: (db: Db) => T): T;
  info(): LibraryInfo;
  check(): LibraryCheck;
  close(): void;
}

export interface OpenLibraryOptions {
  /** Seed the sample briefing when this open creates the library (the app's first run). */
  seedSample?: boolean;
  /** Refuse a damaged file (SQLite's quick_check) before writing anything: see OpenDatabaseOptions. */
  verify?: boolean;
  now?: () => string;
}

export function openLibrary(dir: string, options: OpenLibraryOptions = {}): Library {
  const { now: nowText } = options;
  const { db, files, created } = openDatabase(dir, {
    verify: options.verify ?? false,
    ...(nowText ? { now: () => new Date(nowText()) } : {}),
  });
  const now = options.now ?? (() => new Date().toISOString());
  const transaction = <T>(work: (db: Db) => T): T => db.transaction(() => work(db))();
  if (created && options.seedSample) transaction((tx) => seedSampleBriefing(tx, now()));
  return {
    files,
    db,
    created,
    transaction,
    info: () => ({
      dir: files.dir,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      articleCount: countArticles(db),
      briefingCount: countBriefings(db),
    }),
    check: () => runChecks(db),
    close: () => db.close(),
  };
}

/** SQLite's own checks of the file and of every foreign key. */
export function runChecks(db: Db): LibraryCheck {
  const integrityProblems = (db.pragma('integrity_check') as Array<{ integrity_check: string }>)
    .map((row) => row.integrity_check)
    .filter((line) => line !== 'ok');
  const foreignKeyProblems = (
    db.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>
  ).map((row) => `${row.table} row ${row.rowid} points at a missing ${row.parent}`);
  return {
    ok: integrityProblems.length === 0 && foreignKeyProblems.length === 0,
    integrityProblems,
    foreignKeyProblems,
  };
}

/** Checks a library without changing it: no migration, no pragma that writes. */
export function checkLibrary(dir: string): LibraryCheck {
  const { databasePath } = libraryFiles(dir);
  if (!fs.existsSync(databasePath)) {
    throw new BriefingError('NOT_FOUND', `There is no library in ${dir} (no ${databasePath}).`);
  }
  probeSchemaVersion(databasePath);
  // Read-write but writing nothing: a read-only connection would leave an empty -wal file behind.
  const db = new Database(databasePath, { fileMustExist: true });
  try {
    return runChecks(db);
  } catch (error) {
    return { ok: false, integrityProblems: [(error as Error).message], foreignKeyProblems: [] };
  } finally {
    db.close();
  }
}
