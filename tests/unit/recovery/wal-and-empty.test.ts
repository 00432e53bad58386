/**
 * Recovery that never rewrites (issue 17, items 1, 2 and 9): a write-ahead
 * log that does not belong to the library is moved aside before SQLite can
 * merge it; an empty library file is a damaged library, not a new one; a
 * read-only library is checked without a -wal or -shm appearing beside it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupLibrary } from '../../../electron/library/backup.ts';
import { checkLibrary, openLibrary } from '../../../electron/library/library.ts';
import { createLibrarySession } from '../../../electron/library/session.ts';
import { briefing } from '../../helpers/cli.ts';
import { crashedWriter, libraryWithForeignLog, writeLibrary } from '../../helpers/corrupt.ts';
import { sha256File, tempDir } from '../../helpers/temp.ts';

const titles = (dir: string) => {
  const db = new Database(path.join(dir, 'library.db'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT title FROM articles ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
};

const retitleFirst = (title: string) => (db: Database.Database) => db.prepare('UPDATE articles SET title = ? WHERE id = 1').run(title);

const setAside = (dir: string) => fs.readdirSync(dir).filter((name) => name.startsWith('library.db-wal.set-aside-'));

describe('a write-ahead log that does not belong to the library', () => {
  it('is moved aside by `briefing check`, which says so; the library keeps its bytes', () => {
    const { dir, file } = libraryWithForeignLog();
    const before = sha256File(file);
    const { code, stdout } = briefing(['check', '--library', dir]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/write-ahead log: .*belongs to another database.*moved to .*set-aside/);
    expect(sha256File(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(setAside(dir)).toHaveLength(1);
    expect(titles(dir)).not.toContain('Another library');
    // The next check finds a sound library.
    expect(briefing(['check', '--library', dir]).code).toBe(0);
  });

  it('is moved aside by any command (`briefing list`), with a warning, and never merged', () => {
    const { dir, file } = libraryWithForeignLog();
    const before = sha256File(file);
    const { code, stdout, stderr } = briefing(['list', '--library', dir]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/warning: The write-ahead log beside .* belongs to another database/);
    expect(stdout).not.toContain('Another library');
    expect(sha256File(file)).toBe(before);
    expect(setAside(dir)).toHaveLength(1);
  });

  it('keeps the app on the recovery screen, which opens the library as it is on request', async () => {
    const { dir, file } = libraryWithForeignLog();
    const before = sha256File(file);
    const session = createLibrarySession({ dir, seedSample: true, canPickFolder: false });
    const status = session.status();
    expect(status).toMatchObject({ state: 'unavailable', problem: 'stray-wal' });
    expect(status.state === 'unavailable' && status.message).toMatch(/was moved to .*set-aside.*the library file itself was not changed/);
    expect(sha256File(file)).toBe(before);
    expect(await session.openAsItIs()).toEqual({ state: 'open', dir: path.resolve(dir) });
    expect(session.library.info().articleCount).toBe(7);
    await session.close();
  });

  it.each([
    ['garbage', () => Buffer.from('not a log at all '.repeat(400)), /is not a SQLite write-ahead log/],
    ['a header cut short', () => Buffer.from([0x37, 0x7f, 0x06, 0x82, 0, 0]), /shorter than a log header/],
  ])('%s is moved aside, not deleted, and the library is unchanged', (_case, bytes, reason) => {
    const dir = tempDir('library');
    const file = writeLibrary(dir, 5);
    const log = bytes();
    fs.writeFileSync(`${file}-wal`, log);
    const before = sha256File(file);
    const library = openLibrary(dir, { verify: true });
    expect(library.strayWal?.message).toMatch(reason);
    library.close();
    expect(sha256File(file)).toBe(before);
    expect(fs.readFileSync(path.join(dir, setAside(dir)[0]!))).toEqual(log);
  });

  it('a log whose first frame carries other salts than its header is moved aside', () => {
    const dir = tempDir('library');
    writeLibrary(dir, 5);
    const crashed = crashedWriter(dir, retitleFirst('Changed before the crash'));
    const wal = fs.readFileSync(path.join(crashed, 'library.db-wal'));
    wal.writeUInt32BE((wal.readUInt32BE(32 + 8) ^ 0xffff) >>> 0, 32 + 8);
    fs.writeFileSync(path.join(crashed, 'library.db-wal'), wal);
    const before = sha256File(path.join(crashed, 'library.db'));
    const library = openLibrary(crashed);
    expect(library.strayWal).toMatchObject({ reason: 'mismatched' });
    library.close();
    expect(sha256File(path.join(crashed, 'library.db'))).toBe(before);
    expect(setAside(crashed)).toHaveLength(1);
  });

  it('a log with pages of another size is moved aside', () => {
    const { dir } = libraryWithForeignLog();
    const wal = fs.readFileSync(path.join(dir, 'library.db-wal'));
    const other = tempDir('big-pages');
    const db = new Database(path.join(other, 'x.db'));
    db.pragma('page_size = 8192');
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    fs.copyFileSync(path.join(other, 'x.db-wal'), path.join(dir, 'library.db-wal'));
    db.close();
    expect(wal.length).toBeGreaterThan(0);
    const library = openLibrary(dir);
    expect(library.strayWal?.message).toMatch(/its pages are 8192 bytes and the library's are 4096/);
    library.close();
  });
});

describe('the log of a writer that crashed', () => {
  it('is recovered: the changes it holds are in the library after opening', () => {
    const dir = tempDir('library');
    writeLibrary(dir, 5);
    const crashed = crashedWriter(dir, retitleFirst('Changed before the crash'));
    const library = openLibrary(crashed, { verify: true });
    expect(library.strayWal).toBeNull();
    library.close();
    expect(titles(crashed)[0]).toBe('Changed before the crash');
    expect(setAside(crashed)).toEqual([]);
  });

  it('is recovered after a power cut too (no index beside it): it merges soundly into a copy first', () => {
    const dir = tempDir('library');
    writeLibrary(dir, 5);
    const crashed = crashedWriter(dir, retitleFirst('Changed before the power cut'));
    fs.rmSync(path.join(crashed, 'library.db-shm'));
    expect(checkLibrary(crashed).ok).toBe(true);
    expect(titles(crashed)[0]).toBe('Changed before the power cut');
  });
});

describe('an empty library file', () => {
  /** A library with a good backup, whose file was then emptied. */
  async function emptiedLibrary(): Promise<string> {
    const dir = tempDir('library');
    const library = openLibrary(dir, { seedSample: true });
    await backupLibrary(library.db, library.files, { reason: 'manual' });
    library.close();
    fs.writeFileSync(path.join(dir, 'library.db'), '');
    return dir;
  }

  const listing = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).sort();

  it('is a damaged library for the CLI: `briefing list` exits 3 and writes nothing', async () => {
    const dir = await emptiedLibrary();
    const before = listing(dir);
    const { code, stderr, stdout } = briefing(['list', '--library', dir]);
    expect(code).toBe(3);
    expect(stderr).toMatch(/cannot be read as a Briefing Reader library \(it is empty: 0 bytes\)/);
    expect(stdout).toBe('');
    expect(fs.statSync(path.join(dir, 'library.db')).size).toBe(0);
    expect(listing(dir)).toEqual(before);
  });

  it('opens the app on the recovery screen with the backup offered; no sample, no backup of the empty file', async () => {
    const dir = await emptiedLibrary();
    const before = listing(dir);
    const session = createLibrarySession({ dir, seedSample: true, canPickFolder: false });
    const status = session.status();
    expect(status).toMatchObject({ state: 'unavailable', problem: 'unreadable' });
    expect(status.state === 'unavailable' && status.latestBackup?.reason).toBe('manual');
    expect(await session.backupIfDue()).toBeNull();
    expect(listing(dir)).toEqual(before);
    expect(fs.statSync(path.join(dir, 'library.db')).size).toBe(0);

    const restored = await session.restore((status.state === 'unavailable' && status.latestBackup?.name) || '');
    expect(fs.statSync(restored.setAsidePath!).size).toBe(0);
    expect(session.library.info().briefingCount).toBe(1);
    await session.close();
  });
});

describe('a read-only library', () => {
  /** Made read-only for root too: the immutable flag. */
  function readOnlyLibrary(): { dir: string; file: string } {
    const dir = tempDir('library');
    const file = writeLibrary(dir, 3);
    fs.chmodSync(file, 0o444);
    if (process.getuid?.() === 0) execFileSync('chattr', ['+i', file]);
    locked.push(file);
    return { dir, file };
  }

  it('passes `briefing check` when it is sound, and nothing appears beside it', () => {
    const { dir } = readOnlyLibrary();
    const { code, stdout } = briefing(['check', '--library', dir]);
    expect(stdout).toMatch(/^ok: /);
    expect(code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['assets', 'library.db']);
  });

  it('is refused by the commands that open it, with the reason, exit 3, and no -wal or -shm', () => {
    const { dir } = readOnlyLibrary();
    const { code, stderr } = briefing(['list', '--library', dir]);
    expect(code).toBe(3);
    expect(stderr).toMatch(/is read-only/);
    expect(fs.readdirSync(dir).sort()).toEqual(['assets', 'library.db']);
  });
});

const locked: string[] = [];
afterEach(() => {
  for (const file of locked.splice(0)) {
    if (process.getuid?.() === 0) execFileSync('chattr', ['-i', file]);
    fs.chmodSync(file, 0o644);
  }
});
