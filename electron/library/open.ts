/**
 * Opening a library folder: `library.db` with `assets/` beside it. Checks the
 * file before writing anything to it, sets the pragmas, applies migrations in
 * one transaction, and seeds the sample briefing on a brand-new library.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BriefingError } from '../../shared/result.ts';
import { backupBeforeMigration } from './backup.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations.ts';
import { setAsideStrayWal, type StrayWal } from './wal.ts';

export type Db = Database.Database;

export const DATABASE_FILE = 'library.db';
export const ASSETS_FOLDER = 'assets';

export interface LibraryFiles {
  dir: string;
  databasePath: string;
  assetsDir: string;
}

export function libraryFiles(dir: string): LibraryFiles {
  const absolute = path.resolve(dir);
  return {
    dir: absolute,
    databasePath: path.join(absolute, DATABASE_FILE),
    assetsDir: path.join(absolute, ASSETS_FOLDER),
  };
}

const SQLITE_MAGIC = 'SQLite format 3\0';
const HEADER_BYTES = 100;

/**
 * Reads the schema version from the database header itself (the big-endian
 * `user_version` at byte 60), so that a file we must refuse is never opened by
 * SQLite and not even a journal file appears beside it.
 */
export function probeSchemaVersion(databasePath: string): number {
  const header = Buffer.alloc(HEADER_BYTES);
  let read: number;
  try {
    const fd = fs.openSync(databasePath, 'r');
    try {
      read = fs.readSync(fd, header, 0, HEADER_BYTES, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    throw unreadable(databasePath, (error as Error).message);
  }
  // An existing file that is empty is a library lost, not a new one: it is never written over.
  if (read === 0) throw unreadable(databasePath, 'it is empty: 0 bytes');
  if (read < HEADER_BYTES || header.toString('latin1', 0, SQLITE_MAGIC.length) !== SQLITE_MAGIC) {
    throw unreadable(databasePath, 'it is not a SQLite database');
  }
  return refuseNewer(databasePath, header.readUInt32BE(60));
}

function refuseNewer(databasePath: string, version: number): number {
  if (version > LATEST_SCHEMA_VERSION) {
    throw new BriefingError(
      'LIBRARY_TOO_NEW',
      `The library at ${databasePath} was written by a newer version of Briefing Reader ` +
        `(schema ${version}; this version knows up to ${LATEST_SCHEMA_VERSION}). ` +
        'Update the app to open it; the file was left untouched.',
    );
  }
  return version;
}

function unreadable(databasePath: string, reason: string): BriefingError {
  return new BriefingError(
    'LIBRARY_UNREADABLE',
    `The library file ${databasePath} cannot be read as a Briefing Reader library (${reason}). It was left untouched.`,
  );
}

/** True when the file cannot be opened for writing (permissions, an immutable flag, a read-only disk). */
export function isReadOnlyFile(file: string): boolean {
  try {
    fs.closeSync(fs.openSync(file, 'r+'));
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return true;
    throw error;
  }
}

/** SQLite would put a -wal and -shm beside a read-only file and then fail: refused first, nothing created. */
function refuseReadOnly(databasePath: string): void {
  if (!isReadOnlyFile(databasePath)) return;
  throw new BriefingError(
    'LIBRARY_READ_ONLY',
    `The library file ${databasePath} is read-only, so the app cannot keep its work in it. Make the file (and its folder) writable, or copy the folder somewhere writable; nothing was written beside it.`,
  );
}

function setPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/** Applies every pending migration in one transaction; returns the version before. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const before = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > before).sort((a, b) => a.version - b.version);
  if (pending.length === 0) return before;
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }
    // PRAGMA takes no bound parameters; the version is an integer we own.
    db.pragma(`user_version = ${Math.trunc(pending[pending.length - 1]!.version)}`);
  })();
  return before;
}

export interface OpenedDatabase {
  db: Db;
  files: LibraryFiles;
  /** True when this open created the library's schema. */
  created: boolean;
  /** A write-ahead log found beside the file that did not belong to it, moved aside before SQLite saw it. */
  strayWal: StrayWal | null;
}

export interface OpenDatabaseOptions {
  /**
   * Run SQLite's `quick_check` before anything is written, and refuse a
   * damaged file. The app and the CLI's writing commands do; reads skip it
   * (it reads the whole file: about 0.15 s per 50 MB).
   */
  verify?: boolean;
  /** The migrations to apply; tests give their own to exercise an upgrade. */
  migrations?: readonly Migration[];
  now?: () => Date;
}

/** `quick_check`'s verdict: null when the file is sound, else its first complaints. */
export function quickCheckProblems(db: Db): string | null {
  const lines = (db.pragma('quick_check') as Array<{ quick_check: string }>).map((row) => row.quick_check);
  return lines.length === 1 && lines[0] === 'ok' ? null : lines.slice(0, 3).join('; ');
}

function damaged(databasePath: string, reason: string): BriefingError {
  return new BriefingError(
    'LIBRARY_DAMAGED',
    `The library file ${databasePath} is damaged: SQLite's check found problems (${reason}). It was not opened and was left untouched.`,
  );
}

/**
 * Opens (creating if needed) the library in `dir`. Before a schema upgrade of
 * an existing library, a backup is made (backups/…-before-v<N>.db).
 */
export function openDatabase(dir: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  const files = libraryFiles(dir);
  const existed = fs.existsSync(files.databasePath);
  let strayWal: StrayWal | null = null;
  if (existed) {
    probeSchemaVersion(files.databasePath);
    refuseReadOnly(files.databasePath);
    strayWal = setAsideStrayWal(files.databasePath, options.now?.() ?? new Date());
  }
  fs.mkdirSync(files.assetsDir, { recursive: true });
  const db = new Database(files.databasePath);
  try {
    // The header can lag behind a write-ahead log left by a crash: ask SQLite too, before any write.
    const version = refuseNewer(files.databasePath, db.pragma('user_version', { simple: true }) as number);
    if (options.verify && existed) {
      const problems = quickCheckProblems(db);
      if (problems !== null) throw damaged(files.databasePath, problems);
    }
    setPragmas(db);
    const migrations = options.migrations ?? MIGRATIONS;
    const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
    if (version > 0 && version < latest) backupBeforeMigration(db, files, latest, options.now?.() ?? new Date());
    const before = migrate(db, migrations);
    return { db, files, created: before === 0, strayWal };
  } catch (error) {
    db.close();
    if (error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code)) {
      throw damaged(files.databasePath, error.message);
    }
    throw error;
  }
}
