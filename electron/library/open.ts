/**
 * Opening a library folder: `library.db` with `assets/` beside it. Checks the
 * file before writing anything to it, sets the pragmas, applies migrations in
 * one transaction, and seeds the sample briefing on a brand-new library.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BriefingError } from '../../shared/result.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations.ts';

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

/**
 * Reads the schema version of an existing database without changing it, and
 * refuses a file that is not a database or that a newer app wrote.
 */
export function probeSchemaVersion(databasePath: string): number {
  let probe: Db | undefined;
  try {
    probe = new Database(databasePath, { readonly: true, fileMustExist: true });
    const version = probe.pragma('user_version', { simple: true });
    if (typeof version !== 'number') throw new Error('user_version is not a number');
    if (version > LATEST_SCHEMA_VERSION) {
      throw new BriefingError(
        'LIBRARY_TOO_NEW',
        `The library at ${databasePath} was written by a newer version of Briefing Reader ` +
          `(schema ${version}; this version knows up to ${LATEST_SCHEMA_VERSION}). ` +
          'Update the app to open it; the file was left untouched.',
      );
    }
    return version;
  } catch (error) {
    if (error instanceof BriefingError) throw error;
    throw new BriefingError(
      'LIBRARY_UNREADABLE',
      `The library file ${databasePath} cannot be read as a Briefing Reader library ` +
        `(${(error as Error).message}). It was left untouched.`,
    );
  } finally {
    probe?.close();
  }
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
}

/** Opens (creating if needed) the library in `dir`. */
export function openDatabase(dir: string): OpenedDatabase {
  const files = libraryFiles(dir);
  fs.mkdirSync(files.assetsDir, { recursive: true });
  if (fs.existsSync(files.databasePath)) probeSchemaVersion(files.databasePath);
  const db = new Database(files.databasePath);
  try {
    setPragmas(db);
    const before = migrate(db);
    return { db, files, created: before === 0 };
  } catch (error) {
    db.close();
    throw error;
  }
}
