import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { insertArticle, insertAssets } from '../../../electron/library/articles.ts';
import { backupFileName } from '../../../electron/library/backup-plan.ts';
import { backupIfDue, backupLibrary, backupsDir, listBackups, restoreLibraryFile } from '../../../electron/library/backup.ts';
import { openLibrary } from '../../../electron/library/library.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/library/migrations.ts';
import { openDatabase } from '../../../electron/library/open.ts';
import { createLibrarySession } from '../../../electron/library/session.ts';
import { BriefingError } from '../../../shared/result.ts';
import { makeArticle } from '../../helpers/articles.ts';
import { DAMAGES, damage, writeLibrary } from '../../helpers/corrupt.ts';
import { sha256File, tempDir } from '../../helpers/temp.ts';

const articleTitles = (file: string) => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT title FROM articles ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
};

async function rejection(promise: Promise<unknown>): Promise<BriefingError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BriefingError) return error;
    throw error;
  }
  throw new Error('expected a BriefingError');
}

describe('backing up a library', () => {
  it('writes a whole, self-contained copy named by time and reason, while the library stays open', async () => {
    const dir = tempDir();
    const library = openLibrary(dir, { seedSample: true });
    const now = new Date('2026-11-23T09:15:42.500Z');
    const { backup, removed } = await backupLibrary(library.db, library.files, { reason: 'manual', now });
    library.transaction((db) => insertArticle(db, makeArticle({ title: 'Saved after the backup' })));

    expect(backup).toMatchObject({ name: 'library-2026-11-23T09-15-42Z-manual.db', reason: 'manual', createdAt: '2026-11-23T09:15:42.000Z' });
    expect(removed).toEqual([]);
    expect(fs.readdirSync(backupsDir(dir))).toEqual([backup.name]);
    expect(backup.bytes).toBe(fs.statSync(backup.path).size);
    const copy = new Database(backup.path, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(2);
    copy.close();
    expect(library.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(3);
    library.close();
  });

  it('applies the retention rule after each backup', async () => {
    const dir = tempDir();
    const library = openLibrary(dir);
    fs.mkdirSync(backupsDir(dir));
    const start = Date.parse('2026-10-01T08:00:00Z');
    for (let day = 0; day < 40; day++) {
      fs.writeFileSync(path.join(backupsDir(dir), backupFileName(new Date(start + day * 86_400_000), 'daily')), 'old backup');
    }
    fs.writeFileSync(path.join(backupsDir(dir), 'kept-by-hand.db'), 'not ours');
    const { removed } = await backupLibrary(library.db, library.files, { reason: 'daily', now: new Date('2026-11-10T08:00:00Z') });
    library.close();
    const left = fs.readdirSync(backupsDir(dir));
    // Nov 4–10 daily; the weeks of Nov 9 and Nov 2 are covered by those, Oct 26 and Oct 19 keep their Sundays.
    expect(left.filter((name) => name.startsWith('library-'))).toHaveLength(7 + 2);
    expect(left).toContain('library-2026-10-25T08-00-00Z-daily.db');
    expect(left).toContain('kept-by-hand.db');
    expect(removed).toHaveLength(32);
  });

  it('makes the start-of-day backup once a day', async () => {
    const dir = tempDir();
    const library = openLibrary(dir);
    const first = await backupIfDue(library.db, library.files, new Date('2026-11-23T07:00:00Z'));
    const again = await backupIfDue(library.db, library.files, new Date('2026-11-23T19:00:00Z'));
    const tomorrow = await backupIfDue(library.db, library.files, new Date('2026-11-24T07:00:00Z'));
    library.close();
    expect(first?.backup.reason).toBe('daily');
    expect(again).toBeNull();
    expect(tomorrow?.backup.name).toBe('library-2026-11-24T07-00-00Z-daily.db');
  });

  it('never overwrites an existing file given with --to', async () => {
    const dir = tempDir();
    const library = openLibrary(dir);
    const target = path.join(tempDir('elsewhere'), 'copy.db');
    fs.writeFileSync(target, 'precious');
    const error = await rejection(backupLibrary(library.db, library.files, { reason: 'manual', to: target }));
    library.close();
    expect(error.message).toMatch(/already exists/);
    expect(fs.readFileSync(target, 'utf8')).toBe('precious');
  });

  it('backs up before a schema upgrade, and the backup holds the library as it was', () => {
    const dir = tempDir();
    openLibrary(dir, { seedSample: true }).close();
    const next = LATEST_SCHEMA_VERSION + 1;
    const upgrade = [...MIGRATIONS, { version: next, name: 'reading lists', sql: 'CREATE TABLE reading_lists (id INTEGER PRIMARY KEY);' }];
    const { db } = openDatabase(dir, { migrations: upgrade, now: () => new Date('2026-11-23T10:00:00Z') });
    expect(db.pragma('user_version', { simple: true })).toBe(next);
    db.close();
    const [backup] = listBackups(dir);
    expect(backup).toMatchObject({ name: `library-2026-11-23T10-00-00Z-before-v${next}.db`, reason: `before-v${next}` });
    const copy = new Database(backup!.path, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(copy.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'reading_lists'").pluck().get()).toBe(0);
    copy.close();
  });
});

describe('restoring a backup', () => {
  it('sets the current file aside, puts the backup in place, and the library opens with the backed-up articles', async () => {
    const dir = tempDir();
    const library = openLibrary(dir, { seedSample: true });
    const { backup } = await backupLibrary(library.db, library.files, { reason: 'manual' });
    library.transaction((db) => insertArticle(db, makeArticle({ title: 'Written after the backup' })));
    library.close();
    const currentBytes = sha256File(path.join(dir, 'library.db'));

    const { setAsidePath } = restoreLibraryFile(dir, backup.path, new Date('2026-11-23T11:00:00Z'));
    expect(setAsidePath).toBe(path.join(dir, 'library.db.before-restore-2026-11-23T11-00-00Z'));
    expect(sha256File(setAsidePath!)).toBe(currentBytes);
    expect(articleTitles(setAsidePath!)).toContain('Written after the backup');
    expect(articleTitles(path.join(dir, 'library.db'))).not.toContain('Written after the backup');
    const reopened = openLibrary(dir, { verify: true });
    expect(reopened.info().articleCount).toBe(2);
    reopened.close();
  });

  it('refuses a damaged backup and changes nothing', () => {
    const dir = tempDir();
    const file = writeLibrary(dir);
    const before = sha256File(file);
    const bad = path.join(tempDir('backups'), 'bad.db');
    fs.copyFileSync(file, bad);
    damage(bad, 'garbage pages in the middle');
    expect(() => restoreLibraryFile(dir, bad)).toThrow(/damaged too|cannot be read/);
    expect(sha256File(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['assets', 'library.db']);
  });
});

describe('a damaged library on open', () => {
  it.each(DAMAGES)('%s: refused with a reason, the file byte for byte as it was, no journal left beside it', (how) => {
    const dir = tempDir();
    const file = writeLibrary(dir);
    damage(file, how);
    const before = sha256File(file);
    const listing = fs.readdirSync(dir).sort();
    expect(() => openLibrary(dir, { verify: true })).toThrow(BriefingError);
    expect(sha256File(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
  });
});

describe('the library session', () => {
  it('comes up unavailable on a damaged file, and "Restore latest backup" keeps the damaged file and opens the backup', async () => {
    const dir = tempDir();
    const file = writeLibrary(dir);
    const healthy = openLibrary(dir);
    const { backup } = await backupLibrary(healthy.db, healthy.files, { reason: 'daily' });
    healthy.close();
    damage(file, 'garbage pages in the middle');
    const damagedBytes = sha256File(file);

    const session = createLibrarySession({ dir, seedSample: true, canPickFolder: false, now: () => new Date('2026-11-23T12:00:00Z') });
    expect(session.status()).toMatchObject({ state: 'unavailable', problem: 'damaged', latestBackup: { name: backup.name } });
    expect(() => session.library.info()).toThrow(/Restore a backup or open another library/);

    const restored = await session.restore(backup.name);
    expect(restored.setAsidePath).toBe(`${file}.before-restore-2026-11-23T12-00-00Z`);
    expect(sha256File(restored.setAsidePath!)).toBe(damagedBytes);
    expect(restored.missingAssets).toBe(0);
    expect(session.status()).toEqual({ state: 'open', dir });
    expect(session.library.info().articleCount).toBe(42);
    await session.close();
  });

  it('offers no restore over a library from a newer version, and refuses one', async () => {
    const dir = tempDir();
    const file = writeLibrary(dir, 1);
    const healthy = openLibrary(dir);
    const { backup } = await backupLibrary(healthy.db, healthy.files, { reason: 'manual' });
    healthy.close();
    const future = new Database(file);
    future.pragma('user_version = 99');
    future.close();
    const before = sha256File(file);

    const session = createLibrarySession({ dir, seedSample: true, canPickFolder: true });
    expect(session.status()).toMatchObject({ state: 'unavailable', problem: 'too-new', latestBackup: null });
    expect((await rejection(session.restore(backup.name))).code).toBe('LIBRARY_TOO_NEW');
    expect(sha256File(file)).toBe(before);
    await session.close();
  });

  it('says how many cached images a restored library misses', async () => {
    const dir = tempDir();
    const library = openLibrary(dir);
    const present = 'a'.repeat(64);
    fs.writeFileSync(path.join(library.files.assetsDir, `${present}.png`), 'png');
    library.transaction((db) => {
      const id = insertArticle(db, makeArticle());
      insertAssets(db, id, [
        { sha256: present, mime: 'image/png', bytes: 3, sourceUrl: null },
        { sha256: 'b'.repeat(64), mime: 'image/jpeg', bytes: 3, sourceUrl: null },
      ]);
    });
    const { backup } = await backupLibrary(library.db, library.files, { reason: 'manual' });
    library.close();
    const session = createLibrarySession({ dir, seedSample: false, canPickFolder: false });
    expect((await session.restore(backup.name)).missingAssets).toBe(1);
    await session.close();
  });

  it('opens another folder, creating a library in an empty one', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'library.db'), 'not a database '.repeat(100));
    const other = tempDir('other');
    const session = createLibrarySession({ dir, seedSample: true, canPickFolder: false });
    expect(session.status().state).toBe('unavailable');
    expect(await session.openFolder(other)).toEqual({ state: 'open', dir: other });
    expect(session.library.info().briefingCount).toBe(1);
    expect(session.assetsDir()).toBe(path.join(other, 'assets'));
    await session.close();
  });
});
