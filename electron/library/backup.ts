/**
 * Backups of `library.db` in the library's `backups/` folder, and restoring
 * one. A backup is written to a temporary file with SQLite's online backup,
 * checked with `integrity_check`, flushed to disk and only then renamed into
 * place, so a backup file that exists is always whole. A restore never
 * deletes the current file: it is set aside as `library.db.before-restore-<time>`.
 *
 * Cached images are not copied: they are content-addressed and never
 * rewritten or deleted, so a restored library finds its images where they
 * were; `missingAssets` says how many it does not find.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { IMAGE_TYPES } from '../../shared/assets.ts';
import type { BackupInfo, BackupReason, BackupResult } from '../../shared/backup.ts';
import { BriefingError } from '../../shared/result.ts';
import { backupFileName, backupsToDelete, isDailyBackupDue, parseBackupFileName, type NamedBackup } from './backup-plan.ts';
import { libraryFiles, probeSchemaVersion, type Db, type LibraryFiles } from './open.ts';

export const BACKUPS_FOLDER = 'backups';

/** A temporary backup older than this was left by a crash, and is removed. */
const STALE_TEMPORARY_MS = 86_400_000;

export function backupsDir(dir: string): string {
  return path.join(libraryFiles(dir).dir, BACKUPS_FOLDER);
}

function namedBackups(folder: string): NamedBackup[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names.map(parseBackupFileName).filter((b): b is NamedBackup => b !== null);
}

function infoOf(folder: string, named: NamedBackup): BackupInfo | null {
  const file = path.join(folder, named.name);
  try {
    return { name: named.name, path: file, createdAt: new Date(named.time).toISOString(), reason: named.reason, bytes: fs.statSync(file).size };
  } catch {
    return null;
  }
}

/** The library's backups, newest first. */
export function listBackups(dir: string): BackupInfo[] {
  const folder = backupsDir(dir);
  return namedBackups(folder)
    .sort((a, b) => b.time - a.time || b.name.localeCompare(a.name))
    .map((named) => infoOf(folder, named))
    .filter((info): info is BackupInfo => info !== null);
}

/** Flushes a file, or a folder's entries after a rename (not possible on Windows, where rename is durable enough). */
function fsyncPath(target: string): void {
  let fd: number;
  try {
    fd = fs.openSync(target, 'r');
  } catch {
    return;
  }
  try {
    fs.fsyncSync(fd);
  } catch {
    // Folders cannot be flushed on every system.
  } finally {
    fs.closeSync(fd);
  }
}

function removeQuietly(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Makes the copy at `temporary` self-contained (rollback journal, no WAL
 * beside it), proves it whole with `integrity_check`, flushes it, and renames
 * it to `target`. On any failure the temporary file is removed.
 */
function verifyAndPlace(temporary: string, target: string): void {
  try {
    const copy = new Database(temporary, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
      const problems = (copy.pragma('integrity_check') as Array<{ integrity_check: string }>)
        .map((row) => row.integrity_check)
        .filter((line) => line !== 'ok');
      if (problems.length > 0) {
        throw new BriefingError('LIBRARY_DAMAGED', `The backup copy failed SQLite's integrity check (${problems.slice(0, 3).join('; ')}); no backup was kept.`);
      }
    } finally {
      copy.close();
    }
    fsyncPath(temporary);
    fs.renameSync(temporary, target);
    fsyncPath(path.dirname(target));
  } catch (error) {
    removeQuietly(temporary);
    throw error;
  }
}

/** The time a backup's name records. */
function wholeSeconds(time: Date): string {
  return new Date(Math.floor(time.getTime() / 1000) * 1000).toISOString();
}

function targetFor(folder: string, reason: BackupReason, now: Date): string {
  fs.mkdirSync(folder, { recursive: true });
  const target = path.join(folder, backupFileName(now, reason));
  if (fs.existsSync(target)) {
    throw new BriefingError('INVALID_ARGUMENTS', `A backup named ${path.basename(target)} was made this very second; try again in a moment.`);
  }
  return target;
}

/** Removes what the retention rule lets go, and temporary files a crash left behind. */
export function pruneBackups(dir: string, now: Date = new Date()): string[] {
  const folder = backupsDir(dir);
  const removed = backupsToDelete(namedBackups(folder));
  for (const name of removed) fs.rmSync(path.join(folder, name), { force: true });
  for (const name of fs.existsSync(folder) ? fs.readdirSync(folder) : []) {
    const file = path.join(folder, name);
    if (name.endsWith('.tmp') && now.getTime() - fs.statSync(file).mtimeMs > STALE_TEMPORARY_MS) fs.rmSync(file, { force: true });
  }
  return removed;
}

export interface BackupOptions {
  reason: BackupReason;
  now?: Date;
  /** Write here instead of the backups folder (the CLI's --to); such a file is never pruned. */
  to?: string;
}

/** An online backup of the open library: readers and writers carry on meanwhile. */
export async function backupLibrary(db: Db, files: LibraryFiles, options: BackupOptions): Promise<BackupResult> {
  const now = options.now ?? new Date();
  const target = options.to ? path.resolve(options.to) : targetFor(backupsDir(files.dir), options.reason, now);
  if (options.to && fs.existsSync(target)) {
    throw new BriefingError('INVALID_ARGUMENTS', `${target} already exists; a backup never overwrites a file. Choose another name.`);
  }
  const temporary = `${target}.tmp`;
  removeQuietly(temporary);
  try {
    await db.backup(temporary);
  } catch (error) {
    removeQuietly(temporary);
    throw new BriefingError('INTERNAL', `The backup could not be written to ${temporary}: ${(error as Error).message}`);
  }
  verifyAndPlace(temporary, target);
  const backup: BackupInfo = {
    name: path.basename(target),
    path: target,
    createdAt: wholeSeconds(now),
    reason: options.reason,
    bytes: fs.statSync(target).size,
  };
  return { backup, removed: options.to ? [] : pruneBackups(files.dir, now) };
}

/** The start-of-day backup: made unless the library already has a backup from today (UTC). */
export async function backupIfDue(db: Db, files: LibraryFiles, now: Date = new Date()): Promise<BackupResult | null> {
  if (!isDailyBackupDue(namedBackups(backupsDir(files.dir)), now)) return null;
  return backupLibrary(db, files, { reason: 'daily', now });
}

/**
 * The backup taken while opening, before a schema upgrade. Opening is
 * synchronous, so this copy is made with `VACUUM INTO`, SQLite's other online
 * backup, then checked and placed exactly like the others.
 */
export function backupBeforeMigration(db: Db, files: LibraryFiles, toVersion: number, now: Date = new Date()): BackupInfo {
  const reason: BackupReason = `before-v${toVersion}`;
  const target = targetFor(backupsDir(files.dir), reason, now);
  const temporary = `${target}.tmp`;
  removeQuietly(temporary);
  db.prepare('VACUUM INTO ?').run(temporary);
  verifyAndPlace(temporary, target);
  pruneBackups(files.dir, now);
  return { name: path.basename(target), path: target, createdAt: wholeSeconds(now), reason, bytes: fs.statSync(target).size };
}

function stampOf(now: Date): string {
  return `${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
}

/** A free name `<base>`, `<base>-2`, … for a file set aside (with its -wal and -shm). */
function freeAsideName(base: string): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!['', '-wal', '-shm'].some((suffix) => fs.existsSync(`${candidate}${suffix}`))) return candidate;
  }
}

/**
 * Puts a backup in place of `library.db`; the library must be closed. The
 * backup is copied in and checked first; then the current file (with its -wal
 * and -shm, so it stays openable) is renamed to `library.db.before-restore-<time>`;
 * then the copy is renamed to `library.db`. Returns where the old file went.
 */
export function restoreLibraryFile(dir: string, source: string, now: Date = new Date()): { setAsidePath: string | null } {
  const files = libraryFiles(dir);
  const from = path.resolve(source);
  if (!fs.existsSync(from)) throw new BriefingError('NOT_FOUND', `There is no backup at ${from}.`);
  if (from === files.databasePath) throw new BriefingError('INVALID_ARGUMENTS', 'That is the library file itself, not a backup of it.');
  probeSchemaVersion(from);
  const temporary = `${files.databasePath}.restoring.tmp`;
  removeQuietly(temporary);
  fs.copyFileSync(from, temporary);
  try {
    const copy = new Database(temporary, { fileMustExist: true });
    try {
      const verdict = copy.pragma('quick_check', { simple: true });
      if (verdict !== 'ok') throw new BriefingError('LIBRARY_DAMAGED', `The backup ${from} is damaged too (${String(verdict)}); nothing was changed.`);
    } finally {
      copy.close();
    }
  } catch (error) {
    removeQuietly(temporary);
    if (error instanceof BriefingError) throw error;
    throw new BriefingError('LIBRARY_DAMAGED', `The backup ${from} cannot be read (${(error as Error).message}); nothing was changed.`);
  }
  fsyncPath(temporary);

  let setAsidePath: string | null = null;
  const moved: string[] = [];
  try {
    if (fs.existsSync(files.databasePath)) {
      setAsidePath = freeAsideName(`${files.databasePath}.before-restore-${stampOf(now)}`);
      for (const suffix of ['', '-wal', '-shm']) {
        if (!fs.existsSync(`${files.databasePath}${suffix}`)) continue;
        fs.renameSync(`${files.databasePath}${suffix}`, `${setAsidePath}${suffix}`);
        moved.push(suffix);
      }
    }
    fs.renameSync(temporary, files.databasePath);
  } catch (error) {
    // Put back what was moved, so the library is never left without its file.
    for (const suffix of moved) fs.renameSync(`${setAsidePath}${suffix}`, `${files.databasePath}${suffix}`);
    removeQuietly(temporary);
    throw new BriefingError('INTERNAL', `The backup could not be put in place (${(error as Error).message}); the library was left as it was.`);
  }
  fsyncPath(files.dir);
  return { setAsidePath };
}

/** How many cached images the library's articles reference that are not in its assets folder. */
export function countMissingAssets(db: Db, assetsDir: string): number {
  const rows = db.prepare('SELECT DISTINCT sha256, mime FROM article_assets').all() as Array<{ sha256: string; mime: string }>;
  return rows.filter((row) => !fs.existsSync(path.join(assetsDir, `${row.sha256}.${IMAGE_TYPES[row.mime] ?? ''}`))).length;
}
