/**
 * A library opened for use: the services over one database, each call in
 * one transaction.
 */
import type { LibraryInfo } from '../../shared/model.ts';
import { countArticles } from './articles.ts';
import { countBriefings } from './briefings.ts';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isReadOnlyFile, libraryFiles, openDatabase, probeSchemaVersion, type Db, type LibraryFiles } from './open.ts';
import { setAsideStrayWal, type StrayWal } from './wal.ts';
import { BriefingError } from '../../shared/result.ts';
import { seedSampleBriefing } from './sample.ts';

export interface LibraryCheck {
  ok: boolean;
  /** A write-ahead log beside the file that did not belong to it: moved aside, not merged. */
  strayWal?: StrayWal;
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
  /** A write-ahead log that did not belong to the library, moved aside by this open. */
  readonly strayWal: StrayWal | null;
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
  const { db, files, created, strayWal } = openDatabase(dir, {
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
    strayWal,
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
  if (isReadOnlyFile(databasePath)) return checkCopy(databasePath);
  const strayWal = setAsideStrayWal(databasePath);
  const result = checkFile(databasePath);
  return strayWal ? { ...result, ok: false, strayWal } : result;
}

function checkFile(file: string): LibraryCheck {
  // Read-write but writing nothing: a read-only connection would leave an empty -wal file behind.
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch (error) {
    return { ok: false, integrityProblems: [(error as Error).message], foreignKeyProblems: [] };
  }
  try {
    return runChecks(db);
  } catch (error) {
    return { ok: false, integrityProblems: [(error as Error).message], foreignKeyProblems: [] };
  } finally {
    db.close();
  }
}

/**
 * A read-only library is checked in a copy: SQLite cannot read a WAL-mode
 * file it may not write without putting a -wal and -shm beside it, and would
 * report the refusal as damage. A log beside it is judged, not moved.
 */
function checkCopy(databasePath: string): LibraryCheck {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-check-'));
  try {
    const copy = path.join(scratch, path.basename(databasePath));
    fs.copyFileSync(databasePath, copy);
    if (fs.existsSync(`${databasePath}-wal`)) fs.copyFileSync(`${databasePath}-wal`, `${copy}-wal`);
    const strayWal = setAsideStrayWal(copy);
    const result = checkFile(copy);
    if (!strayWal) return result;
    const message = `The write-ahead log beside ${databasePath} does not belong to it; it was left where it is, since the library is read-only. Remove it before making the library writable.`;
    return { ...result, ok: false, strayWal: { ...strayWal, setAsidePath: `${databasePath}-wal`, message } };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
